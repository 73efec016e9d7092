/** Sample certificates for every form, and the API tests and the CLI use to load them. */
@NullMarked
package vn.coforms.samples;

import org.jspecify.annotations.NullMarked;
