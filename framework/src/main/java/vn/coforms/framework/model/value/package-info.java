/**
 * Certificate values bound to their declared types: what rules, templates and the renderer read,
 * each carrying the path of the field it came from.
 */
@NullMarked
package vn.coforms.framework.model.value;

import org.jspecify.annotations.NullMarked;
