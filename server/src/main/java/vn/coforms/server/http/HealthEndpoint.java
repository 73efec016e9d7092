package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import vn.coforms.framework.load.CurrentCatalogue;

/** {@code GET /api/health}: the server answers, and which catalogue version is in force. */
final class HealthEndpoint implements Endpoint {
  private final CurrentCatalogue catalogue;
  private final JsonBodies json;

  HealthEndpoint(CurrentCatalogue catalogue, JsonBodies json) {
    this.catalogue = catalogue;
    this.json = json;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("catalogue", catalogue.get().version());
    return json.ok(body);
  }
}
