package vn.coforms.server.http;

import java.util.Arrays;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;

/**
 * {@code GET /api/forms/{id}}: the definition of one form as JSON ({@link DefinitionJson}), with an
 * {@code ETag} made of the catalogue version and the form id; a request whose {@code If-None-Match}
 * names it is answered 304 without a body.
 */
final class FormDefinitionEndpoint implements Endpoint {
  private final CurrentCatalogue catalogue;
  private final JsonBodies json;

  FormDefinitionEndpoint(CurrentCatalogue catalogue, JsonBodies json) {
    this.catalogue = catalogue;
    this.json = json;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) {
    Catalogue snapshot = catalogue.get();
    FormDefinition form = FormLookup.require(snapshot, params.getOrDefault("id", ""));
    String etag = etag(snapshot.version(), form.id());
    Map<String, String> headers = Map.of("ETag", etag, "Cache-Control", "no-cache");
    if (matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
      return new Reply(304, "", new byte[0], headers);
    }
    Reply body = json.ok(DefinitionJson.of(snapshot.version(), form));
    return new Reply(body.status(), body.contentType(), body.body(), headers);
  }

  /** The entity tag of a form in a catalogue version: it changes whenever any form file does. */
  static String etag(String version, String id) {
    return "\"" + version + "-" + id + "\"";
  }

  /**
   * Whether {@code ifNoneMatch} (a list of tags, weak or strong, or {@code *}) names {@code etag}.
   */
  static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(t -> t.startsWith("W/") ? t.substring(2) : t)
        .anyMatch(t -> t.equals("*") || t.equals(etag));
  }
}
