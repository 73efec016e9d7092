package vn.coforms.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.server.Request;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 document of this API. It is written by hand as
 * {@code openapi.yaml} beside this class and turned into JSON once, when the server is built.
 */
final class OpenApiEndpoint implements Endpoint {
  /** The hand-written document, a resource beside this class. */
  static final String RESOURCE = "openapi.yaml";

  private final byte[] document;

  OpenApiEndpoint() {
    try {
      this.document = JsonMapper.builder().build().writeValueAsBytes(document());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as a tree, read from the bundled YAML. */
  static JsonNode document() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            OpenApiEndpoint.class.getResourceAsStream(RESOURCE), "bundled " + RESOURCE)) {
      return new YAMLMapper().readTree(in);
    }
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) {
    return new Reply(200, JsonBodies.JSON, document, Map.of("Cache-Control", "no-cache"));
  }
}
