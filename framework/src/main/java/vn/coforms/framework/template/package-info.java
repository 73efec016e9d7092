/** FreeMarker content templates: checking them at load, rendering them over certificate data. */
@NullMarked
package vn.coforms.framework.template;

import org.jspecify.annotations.NullMarked;
