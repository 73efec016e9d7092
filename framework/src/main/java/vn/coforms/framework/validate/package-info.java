@NullMarked
package vn.coforms.framework.validate;

import org.jspecify.annotations.NullMarked;
