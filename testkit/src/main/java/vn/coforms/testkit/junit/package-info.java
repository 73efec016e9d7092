/**
 * The JUnit 5 extension of the test kit: {@link vn.coforms.testkit.junit.CoformsTest} on a test
 * class injects the catalogue, forms and generated certificates into test methods.
 */
@NullMarked
package vn.coforms.testkit.junit;

import org.jspecify.annotations.NullMarked;
