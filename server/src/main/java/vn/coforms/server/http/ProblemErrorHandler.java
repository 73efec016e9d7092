package vn.coforms.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises itself (a request it cannot parse, an ambiguous path such as
 * {@code /api/forms/%2e%2e}, an oversized header) as problems, with the security headers and no
 * stack trace, server name or Java class.
 */
final class ProblemErrorHandler implements Request.Handler {
  private final JsonBodies json;

  ProblemErrorHandler(JsonBodies json) {
    this.json = json;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status =
        request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s
            ? s
            : HttpStatus.INTERNAL_SERVER_ERROR_500;
    String reason = HttpStatus.getMessage(status);
    Problem problem =
        status >= 500
            ? new Problem(
                "internal",
                "Internal error",
                status,
                "the server failed to answer this request; please report it with the request you"
                    + " sent")
            : new Problem(
                "bad-request",
                reason,
                status,
                "the request was refused before it reached the API ("
                    + status
                    + " "
                    + reason
                    + "); check the URL, its encoding and the headers");
    Reply reply = json.problem(problem, "");
    SecurityHeaders.apply(response.getHeaders());
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
    return true;
  }
}
