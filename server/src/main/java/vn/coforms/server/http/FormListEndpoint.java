package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;

/**
 * {@code GET /api/forms}: every loaded form with its code, title, agreement and the parties as
 * printed on it, in load order.
 */
final class FormListEndpoint implements Endpoint {
  private final CurrentCatalogue catalogue;
  private final JsonBodies json;

  FormListEndpoint(CurrentCatalogue catalogue, JsonBodies json) {
    this.catalogue = catalogue;
    this.json = json;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) {
    Catalogue snapshot = catalogue.get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("catalogue", snapshot.version());
    body.put("forms", snapshot.forms().stream().map(FormListEndpoint::summary).toList());
    return json.ok(body);
  }

  private static Map<String, Object> summary(FormDefinition form) {
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put("id", form.agreement().id());
    agreement.put("name", form.agreement().name());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", form.id());
    m.put("code", form.code());
    m.put("title", form.title());
    m.put("agreement", agreement);
    m.put("parties", form.agreement().parties());
    return m;
  }
}
