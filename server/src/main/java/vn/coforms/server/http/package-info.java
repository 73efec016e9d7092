/**
 * The embedded HTTP server: Jetty 12 core handlers (no servlets), a small router, the JSON API
 * under {@code /api}, problem responses (RFC 9457) and the security headers every response carries.
 */
@NullMarked
package vn.coforms.server.http;

import org.jspecify.annotations.NullMarked;
