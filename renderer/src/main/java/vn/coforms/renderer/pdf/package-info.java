/** The only place that calls PDFBox: page model -> PDF/A-3b bytes. */
@NullMarked
package vn.coforms.renderer.pdf;

import org.jspecify.annotations.NullMarked;
