/** The bundled fonts and their metrics. */
@NullMarked
package vn.coforms.renderer.fonts;

import org.jspecify.annotations.NullMarked;
