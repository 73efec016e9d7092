package vn.coforms.server.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every response before the wrapped handler runs: a strict
 * Content-Security-Policy (no inline script, no framing), no MIME sniffing, no referrer.
 */
final class SecurityHeaders extends Handler.Wrapper {
  static final String CSP =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  SecurityHeaders(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    apply(response.getHeaders());
    return super.handle(request, response, callback);
  }

  /** Adds the headers to {@code headers}, replacing any of the same name. */
  static void apply(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
  }
}
