@NullMarked
package vn.coforms.framework.diag;

import org.jspecify.annotations.NullMarked;
