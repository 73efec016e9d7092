@NullMarked
package vn.coforms.framework.certificate;

import org.jspecify.annotations.NullMarked;
