/**
 * The verbatim check: every static text a form prints is found in the legal text it was transcribed
 * from. {@link vn.coforms.framework.verbatim.VerbatimCheck} is the entry point.
 */
@NullMarked
package vn.coforms.framework.verbatim;

import org.jspecify.annotations.NullMarked;
