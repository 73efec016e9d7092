/**
 * The test kit: {@link vn.coforms.testkit.Certificates} generates valid and deliberately invalid
 * certificates for any form of a catalogue, validates them and renders them in one line.
 */
@NullMarked
package vn.coforms.testkit;

import org.jspecify.annotations.NullMarked;
