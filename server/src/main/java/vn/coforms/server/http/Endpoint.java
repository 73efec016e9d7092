package vn.coforms.server.http;

import java.util.Map;
import org.eclipse.jetty.server.Request;

/**
 * One route's work: parse the request, call one service, and say what to answer. Endpoints never
 * write to the response themselves; the {@link Router} does, so every answer gets the same headers
 * and every failure becomes a problem.
 */
@FunctionalInterface
public interface Endpoint {
  /**
   * Answers {@code request}.
   *
   * @param params the path parameters of the route, e.g. {@code id}
   * @throws ProblemException to answer with a problem
   * @throws Exception on any other failure, answered as an internal problem
   */
  Reply handle(Request request, Map<String, String> params) throws Exception;
}
