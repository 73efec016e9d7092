/**
 * AssertJ assertions on what the test kit returns: findings, rendered PDFs and laid-out pages. The
 * only public entry point is {@link vn.coforms.testkit.assertions.CoformsAssertions}.
 */
@NullMarked
package vn.coforms.testkit.assertions;

import org.jspecify.annotations.NullMarked;
