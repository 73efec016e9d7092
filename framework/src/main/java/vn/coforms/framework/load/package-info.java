@NullMarked
package vn.coforms.framework.load;

import org.jspecify.annotations.NullMarked;
