/** The page layout of a form: pages, elements at millimetre coordinates, stamps. */
@NullMarked
package vn.coforms.framework.model.layout;

import org.jspecify.annotations.NullMarked;
