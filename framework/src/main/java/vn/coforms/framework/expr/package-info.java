@NullMarked
package vn.coforms.framework.expr;

import org.jspecify.annotations.NullMarked;
