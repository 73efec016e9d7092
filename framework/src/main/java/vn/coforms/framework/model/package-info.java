@NullMarked
package vn.coforms.framework.model;

import org.jspecify.annotations.NullMarked;
