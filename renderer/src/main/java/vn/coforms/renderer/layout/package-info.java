/** Geometry: definition + certificate -> page model (pages of text runs, lines, frames, ticks). */
@NullMarked
package vn.coforms.renderer.layout;

import org.jspecify.annotations.NullMarked;
