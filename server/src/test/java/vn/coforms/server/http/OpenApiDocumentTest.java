package vn.coforms.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI document at {@code /api/openapi.json}: valid OpenAPI 3.1, in step with the routes,
 * and true of what the server answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
  /** The official OpenAPI 3.1 schema, vendored; see openapi/README.md beside it. */
  static final String OAS_SCHEMA = "/openapi/oas-3.1-schema.json";

  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");

  final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  RunningServer s;
  JsonNode doc;

  @BeforeAll
  void start() throws Exception {
    s = new RunningServer();
    HttpResponse<String> r = s.get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    doc = s.json(r);
  }

  @AfterAll
  void stop() throws Exception {
    s.stop();
  }

  @Test
  void isValidAgainstTheOfficialOpenApi31Schema() throws Exception {
    JsonNode oas;
    try (InputStream in = getClass().getResourceAsStream(OAS_SCHEMA)) {
      oas = s.mapper.readTree(in);
    }
    JsonSchema schema = factory.getSchema(oas);
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void theOfficialSchemaCatchesABrokenDocument() throws Exception {
    JsonNode oas;
    try (InputStream in = getClass().getResourceAsStream(OAS_SCHEMA)) {
      oas = s.mapper.readTree(in);
    }
    ObjectNode broken = doc.deepCopy();
    ((ObjectNode) broken.get("paths").get("/api/health").get("get")).remove("responses");
    ((ObjectNode) broken.get("paths").get("/api/health").get("get")).put("responses", "none");
    assertThat(factory.getSchema(oas).validate(broken)).isNotEmpty();
  }

  @Test
  void documentsEveryRouteAndRoutesEveryDocumentedOperation() {
    Set<String> routed = new TreeSet<>();
    for (Route r : s.server.routes()) {
      if (r.template().startsWith("/api/")) {
        routed.add(r.method() + " " + r.template());
      }
    }
    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
        String method = ops.next();
        if (METHODS.contains(method)) {
          documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    assertThat(documented).isEqualTo(routed);
  }

  /** One request to send and the operation it exercises. */
  record Call(String method, String template, String path, String body, String contentType) {}

  List<Call> calls() {
    String valid = RunningServer.sample("e", "valid-basic");
    String invalid = RunningServer.sample("e", "invalid-rvc-below-40");
    List<Call> calls = new ArrayList<>();
    calls.add(new Call("GET", "/api/health", "/api/health", "", ""));
    calls.add(new Call("GET", "/api/forms", "/api/forms", "", ""));
    for (var form : s.catalogue.forms()) {
      calls.add(new Call("GET", "/api/forms/{id}", "/api/forms/" + form.id(), "", ""));
    }
    calls.add(new Call("GET", "/api/forms/{id}", "/api/forms/nope", "", ""));
    calls.add(new Call("GET", "/api/openapi.json", "/api/openapi.json", "", ""));
    String problems = "/api/forms/{id}/problems";
    calls.add(new Call("GET", problems, "/api/forms/e/problems", "", ""));
    calls.add(new Call("GET", problems, "/api/forms/nope/problems", "", ""));
    String validate = "/api/forms/{id}/validate";
    String json = "application/json";
    calls.add(new Call("POST", validate, "/api/forms/e/validate", valid, json));
    calls.add(new Call("POST", validate, "/api/forms/e/validate", invalid, json));
    calls.add(new Call("POST", validate, "/api/forms/e/validate", "{\"form\":", json));
    calls.add(new Call("POST", validate, "/api/forms/e/validate", "{\"x\": 1}", json));
    calls.add(new Call("POST", validate, "/api/forms/e/validate", valid, "text/plain"));
    calls.add(new Call("POST", validate, "/api/forms/d/validate", valid, json));
    calls.add(new Call("POST", validate, "/api/forms/zz/validate", valid, json));
    String render = "/api/forms/{id}/render";
    calls.add(new Call("POST", render, "/api/forms/e/render", valid, json));
    calls.add(new Call("POST", render, "/api/forms/e/render", invalid, json));
    calls.add(new Call("POST", render, "/api/forms/e/render?copy=Fifth", valid, json));
    return calls;
  }

  @Test
  void everyAnswerIsADocumentedStatusAndMatchesItsDocumentedSchema() throws Exception {
    Set<String> covered = new TreeSet<>();
    for (Call c : calls()) {
      var b = java.net.http.HttpRequest.newBuilder(s.server.uri().resolve(c.path()));
      if (c.method().equals("GET")) {
        b.GET();
      } else {
        b.header("Content-Type", c.contentType())
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    c.body(), StandardCharsets.UTF_8));
      }
      HttpResponse<byte[]> r =
          s.client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      String what = c.method() + " " + c.path() + " -> " + r.statusCode();
      JsonNode response =
          resolve(
              doc.get("paths")
                  .get(c.template())
                  .get(c.method().toLowerCase(Locale.ROOT))
                  .get("responses")
                  .get(String.valueOf(r.statusCode())));
      assertThat(response).as(what + " is documented").isNotNull();
      String media = r.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip();
      JsonNode content = response.get("content").get(media);
      assertThat(content).as(what + " documents " + media).isNotNull();
      if (media.endsWith("json")) {
        Set<ValidationMessage> errors =
            schemaFor(content.get("schema")).validate(s.mapper.readTree(r.body()));
        assertThat(errors).as(what).isEmpty();
      }
      covered.add(c.method() + " " + c.template());
    }
    assertThat(covered)
        .hasSize(
            (int) s.server.routes().stream().filter(r -> r.template().startsWith("/api/")).count());
  }

  @Test
  void theComponentSchemasRefuseWhatTheyShould() throws Exception {
    JsonNode ref = s.mapper.readTree("{\"$ref\": \"#/components/schemas/FormDefinition\"}");
    ObjectNode definition = (ObjectNode) s.json(s.get("/api/forms/e"));
    assertThat(schemaFor(ref).validate(definition)).isEmpty();
    definition.put("javaClass", "vn.coforms.Something");
    assertThat(schemaFor(ref).validate(definition)).isNotEmpty();
  }

  private JsonNode resolve(JsonNode node) {
    if (node != null && node.has("$ref")) {
      String pointer = node.get("$ref").asText().substring(1);
      return doc.at(pointer);
    }
    return node;
  }

  /** A schema of the document, its {@code #/components/...} references resolved in it. */
  private JsonSchema schemaFor(JsonNode schema) {
    ObjectNode root = doc.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.properties().forEach(e -> root.set(e.getKey(), e.getValue()));
    return factory.getSchema(root);
  }
}
