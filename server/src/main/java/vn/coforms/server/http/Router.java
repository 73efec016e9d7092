package vn.coforms.server.http;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import vn.coforms.server.io.RefusedBodies;

/**
 * Finds the route for a request's method and path and writes what its endpoint answers. An unknown
 * path is a 404 problem, a known path with another method a 405 problem with {@code Allow}, and any
 * failure an {@code internal} problem that names no Java class; the failure goes to the log.
 */
final class Router extends Handler.Abstract {
  private final List<Route> routes;
  private final JsonBodies json;
  private final Consumer<String> log;

  /**
   * A router over {@code routes}, then {@code more} (the routes of other packages): the first route
   * whose method and path fit answers.
   */
  Router(List<Route> routes, List<Route> more, JsonBodies json, Consumer<String> log) {
    this.routes = java.util.stream.Stream.concat(routes.stream(), more.stream()).toList();
    this.json = json;
    this.log = log;
  }

  /** The routes, in the order they are tried. */
  List<Route> routes() {
    return routes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    Reply reply;
    try {
      reply = dispatch(request, path);
    } catch (ProblemException e) {
      reply = json.problem(e.problem(), path);
    } catch (Exception | StackOverflowError e) {
      log.accept(
          "internal error on " + request.getMethod() + " " + path + ": " + e.getClass().getName());
      reply =
          json.problem(
              new Problem(
                  "internal",
                  "Internal error",
                  500,
                  "the server failed to answer this request; it has been logged, please report it"
                      + " with the request you sent"),
              path);
    }
    write(reply, request, response, callback);
    return true;
  }

  private Reply dispatch(Request request, String path) throws Exception {
    List<Route> onPath = routes.stream().filter(r -> r.match(path).isPresent()).toList();
    if (onPath.isEmpty()) {
      throw new ProblemException(
          new Problem(
              "not-found",
              "No such resource",
              404,
              "nothing is served at '" + path + "'; the API lives under /api (try /api/forms)"));
    }
    String method = request.getMethod();
    Optional<Route> route = onPath.stream().filter(r -> r.method().equals(method)).findFirst();
    if (route.isEmpty()) {
      String allow =
          onPath.stream().map(Route::method).distinct().collect(Collectors.joining(", "));
      Reply refused =
          json.problem(
              new Problem(
                  "method-not-allowed",
                  "Method not allowed",
                  405,
                  "'" + path + "' does not take " + method + "; use " + allow),
              path);
      return new Reply(
          refused.status(), refused.contentType(), refused.body(), Map.of("Allow", allow));
    }
    Route r = route.get();
    return r.endpoint().handle(request, r.match(path).orElseThrow());
  }

  private static void write(Reply reply, Request request, Response response, Callback callback) {
    response.setStatus(reply.status());
    RefusedBodies.settle(reply.status(), request, response);
    if (!reply.contentType().isEmpty()) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    }
    reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
