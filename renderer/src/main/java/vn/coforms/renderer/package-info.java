/**
 * Definition + certificate -> PDF bytes; {@link vn.coforms.renderer.CertificateRenderer} is the
 * entry point.
 */
@NullMarked
package vn.coforms.renderer;

import org.jspecify.annotations.NullMarked;
