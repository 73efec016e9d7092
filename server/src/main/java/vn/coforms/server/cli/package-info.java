/** The {@code coforms} command line: lint, validate (and later render, samples, serve). */
@NullMarked
package vn.coforms.server.cli;

import org.jspecify.annotations.NullMarked;
