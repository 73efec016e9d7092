/** The closed vocabulary of cross-field rule kinds and what they report. */
@NullMarked
package vn.coforms.framework.model.rule;

import org.jspecify.annotations.NullMarked;
