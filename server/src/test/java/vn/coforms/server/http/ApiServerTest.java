package vn.coforms.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.YamlMappers;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.samples.Samples;
import vn.coforms.server.TestServers;

/** The server on a free port, in process, spoken to over HTTP as a client would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {
  static final Clock TODAY = TestServers.TODAY;

  final ObjectMapper mapper = JsonMapper.builder().build();
  final HttpClient client = HttpClient.newHttpClient();
  final List<String> log = new ArrayList<>();
  CoformsServer server;
  String version;

  static CertificateRenderer renderer(CertificateValidator validator) {
    return TestServers.renderer(validator);
  }

  @BeforeAll
  void start() throws Exception {
    var catalogue =
        new FormLoader(YamlMappers.forms(), new TemplateEngine()).loadBundled().orThrow();
    version = catalogue.version();
    server = TestServers.api(new CurrentCatalogue(catalogue), log::add);
    server.start();
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(), BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofString());
  }

  JsonNode json(HttpResponse<String> response) throws IOException {
    return mapper.readTree(response.body());
  }

  String sample(String form, String name) {
    return Samples.of(form).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .text();
  }

  @Test
  void listensOnTheChosenFreePort() {
    assertThat(server.port()).isPositive();
    assertThat(server.uri()).hasToString("http://localhost:" + server.port() + "/");
  }

  @Nested
  class Health {
    @Test
    void saysOkAndTheCatalogueVersion() throws Exception {
      HttpResponse<String> r = get("/api/health");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(json(r).get("status").asText()).isEqualTo("ok");
      assertThat(json(r).get("catalogue").asText()).isEqualTo(version);
    }
  }

  @Nested
  class FormList {
    @Test
    void listsEveryFormWithCodeTitleAgreementAndPrintedParties() throws Exception {
      HttpResponse<String> r = get("/api/forms");
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode forms = json(r).get("forms");
      assertThat(forms.findValuesAsText("id")).contains("d", "e", "rcep", "eur1-evfta");
      JsonNode e =
          java.util.stream.StreamSupport.stream(forms.spliterator(), false)
              .filter(f -> f.get("id").asText().equals("e"))
              .findFirst()
              .orElseThrow();
      assertThat(e.get("code").asText()).isNotBlank();
      assertThat(e.get("title").get("en").asText()).isNotBlank();
      assertThat(e.get("title").get("vi").asText()).isNotBlank();
      assertThat(e.get("agreement").get("id").asText()).isNotBlank();
      assertThat(e.get("parties").findValuesAsText("country")).contains("VN", "CN");
      assertThat(e.get("parties").get(0).get("printed").asText()).isNotBlank();
    }
  }

  @Nested
  class Validate {
    @Test
    void answersAValidCertificateWithNoFindings() throws Exception {
      HttpResponse<String> r =
          post("/api/forms/e/validate", "application/json", sample("e", "valid-basic"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(json(r).get("valid").asBoolean()).isTrue();
      assertThat(json(r).get("findings")).isEmpty();
    }

    @Test
    void givesEachFindingItsPathBoxRowCodeSeverityAndBothLanguages() throws Exception {
      HttpResponse<String> r =
          post(
              "/api/forms/e/validate",
              "application/json; charset=utf-8",
              sample("e", "invalid-rvc-below-40"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(json(r).get("valid").asBoolean()).isFalse();
      JsonNode f = json(r).get("findings").get(0);
      assertThat(f.get("path").asText()).isEqualTo("items[2].criterion");
      assertThat(f.get("box").asText()).isEqualTo("8");
      assertThat(f.get("row").asInt()).isEqualTo(3);
      assertThat(f.get("code").asText()).isEqualTo("criterion.rvc-bounds");
      assertThat(f.get("severity").asText()).isEqualTo("error");
      assertThat(f.get("message").get("en").asText()).contains("at least 40%");
      assertThat(f.get("message").get("vi").asText()).contains("từ 40% trở lên");
    }
  }

  @Nested
  class Render {
    HttpResponse<byte[]> render(String query, String body) throws Exception {
      return client.send(
          HttpRequest.newBuilder(server.uri().resolve("/api/forms/e/render" + query))
              .header("Content-Type", "application/json")
              .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build(),
          BodyHandlers.ofByteArray());
    }

    @Test
    void rendersAValidCertificateAsAPdf() throws Exception {
      HttpResponse<byte[]> r = render("?copy=Original&specimen=true", sample("e", "valid-basic"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      // the watermark is set at 45 degrees: the text layer breaks the word after "SPECIM"
      assertThat(text(r.body())).contains("SPECIM").doesNotContain("DRAFT");
      assertThat(text(render("", sample("e", "valid-basic")).body())).doesNotContain("SPECIM");
    }

    String text(byte[] pdf) throws IOException {
      try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      }
    }

    @Test
    void refusesInvalidDataWith422AndItsFindings() throws Exception {
      HttpResponse<byte[]> r = render("", sample("e", "invalid-rvc-below-40"));
      assertThat(r.statusCode()).isEqualTo(422);
      JsonNode p = mapper.readTree(r.body());
      assertThat(p.get("type").asText()).isEqualTo(Problem.TYPE_BASE + "invalid-certificate");
      assertThat(p.get("findings").get(0).get("code").asText()).isEqualTo("criterion.rvc-bounds");
    }

    @Test
    void rendersInvalidDataAsADraftWhenAskedTo() throws Exception {
      HttpResponse<byte[]> r = render("?draft=true", sample("e", "invalid-rvc-below-40"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(text(r.body())).contains("DRAFT");
    }

    @Test
    void refusesACopyTheFormDoesNotHave() throws Exception {
      HttpResponse<byte[]> r = render("?copy=Nope", sample("e", "valid-basic"));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(mapper.readTree(r.body()).get("type").asText())
          .isEqualTo(Problem.TYPE_BASE + "unknown-copy");
    }

    @Test
    void refusesAFlagThatIsNeitherTrueNorFalse() throws Exception {
      HttpResponse<byte[]> r = render("?specimen=yes", sample("e", "valid-basic"));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(mapper.readTree(r.body()).get("detail").asText())
          .isEqualTo("'specimen' is 'yes'; write specimen=true or specimen=false");
    }
  }

  @Nested
  class Problems {
    void assertProblem(HttpResponse<String> r, int status, String kind) throws IOException {
      assertThat(r.statusCode()).isEqualTo(status);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      JsonNode p = json(r);
      assertThat(p.get("type").asText()).isEqualTo("https://coforms.vn/problems/" + kind);
      assertThat(p.get("status").asInt()).isEqualTo(status);
      assertThat(p.get("title").asText()).isNotBlank();
      assertThat(r.body()).doesNotContain("Exception", "\tat ", "vn.coforms", "org.eclipse");
    }

    @Test
    void unknownFormIs404WithTheClosestId() throws Exception {
      HttpResponse<String> r =
          post("/api/forms/rcpe/validate", "application/json", sample("e", "valid-basic"));
      assertProblem(r, 404, "unknown-form");
      assertThat(json(r).get("didYouMean").asText()).isEqualTo("rcep");
      assertThat(json(r).get("detail").asText()).contains("did you mean 'rcep'?");
    }

    @Test
    void malformedJsonIs400WithItsLineAndColumn() throws Exception {
      HttpResponse<String> r =
          post("/api/forms/e/validate", "application/json", "{\n  \"form\": \"e\",\n  oops\n}");
      assertProblem(r, 400, "malformed-json");
      assertThat(json(r).get("line").asInt()).isEqualTo(3);
      assertThat(json(r).get("column").asInt()).isEqualTo(3);
      assertThat(json(r).get("detail").asText()).startsWith("line 3, column 3: ");
    }

    @Test
    void aDocumentThatIsNoCertificateIs400WithEachLocatedProblem() throws Exception {
      HttpResponse<String> r =
          post("/api/forms/e/validate", "application/json", "{\"form\": \"e\"}");
      assertProblem(r, 400, "invalid-certificate-document");
      assertThat(json(r).get("problems").get(0).get("line").asInt()).isPositive();
    }

    @Test
    void aCertificateOfAnotherFormIs422() throws Exception {
      HttpResponse<String> r =
          post("/api/forms/d/validate", "application/json", sample("e", "valid-basic"));
      assertProblem(r, 422, "form-mismatch");
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
      HttpResponse<String> r = post("/api/forms/e/validate", "text/plain", "form: e");
      assertProblem(r, 415, "unsupported-media-type");
      assertThat(json(r).get("detail").asText()).contains("'text/plain'", "application/json");
    }

    @Test
    void aBodyOverTheReadersLimitIs413() throws Exception {
      String big = "{\"form\":\"e\",\"x\":\"" + "a".repeat(CertificateReader.MAX_BYTES) + "\"}";
      HttpResponse<String> r = post("/api/forms/e/validate", "application/json", big);
      assertProblem(r, 413, "body-too-large");
      assertThat(json(r).get("limit").asInt()).isEqualTo(CertificateReader.MAX_BYTES);
      assertThat(r.headers().firstValue("Connection"))
          .as("no reuse of a closing connection")
          .hasValue("close");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
      // a stream of unknown length goes chunked, with no Content-Length to refuse up front
      byte[] big =
          "a".repeat(CertificateReader.MAX_BYTES + 500_000).getBytes(StandardCharsets.US_ASCII);
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(server.uri().resolve("/api/forms/e/validate"))
                  .header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                  .build(),
              BodyHandlers.ofString());
      assertProblem(r, 413, "body-too-large");
    }

    @Test
    void anUnknownRouteIs404() throws Exception {
      assertProblem(get("/api/nothing-here"), 404, "not-found");
      assertProblem(get("/"), 404, "not-found");
    }

    @Test
    void aWrongMethodIs405AndSaysWhichAreAllowed() throws Exception {
      HttpResponse<String> r = post("/api/forms", "application/json", "{}");
      assertProblem(r, 405, "method-not-allowed");
      assertThat(r.headers().firstValue("Allow")).hasValue("GET");
      assertProblem(get("/api/forms/e/validate"), 405, "method-not-allowed");
    }

    @Test
    void aFailureInsideAnEndpointIsAnInternalProblemWithoutJavaNames() throws Exception {
      CoformsServer failing = failingServer();
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(failing.uri().resolve("/api/health")).GET().build(),
                BodyHandlers.ofString());
        assertProblem(r, 500, "internal");
        assertThat(log).anySatisfy(l -> assertThat(l).contains("GET /api/health"));
      } finally {
        failing.stop();
      }
    }

    @Test
    void aRequestJettyCannotParseIsAProblemToo() throws Exception {
      String raw = rawRequest("GET /api/forms/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n");
      assertThat(raw).startsWith("HTTP/1.1 400");
      assertThat(raw).contains("application/problem+json", "https://coforms.vn/problems/");
      assertThat(raw).contains("X-Content-Type-Options: nosniff");
      assertThat(raw).doesNotContain("Exception", "Jetty", "Server:");
    }
  }

  @Nested
  class Security {
    @Test
    void headersOverTheLimitAreAProblemNotAnUnansweredConnection() throws Exception {
      String raw =
          rawRequest(
              "GET /api/health HTTP/1.1\r\nX-Padding: "
                  + "a".repeat(CoformsServer.MAX_HEADER_BYTES)
                  + "\r\n");
      assertThat(raw).startsWith("HTTP/1.1 431");
      assertThat(raw).contains("application/problem+json", "X-Content-Type-Options: nosniff");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
      for (HttpResponse<String> r :
          List.of(
              get("/api/health"),
              get("/nowhere"),
              post("/api/forms/e/validate", "text/plain", "x"))) {
        assertThat(r.headers().firstValue("Content-Security-Policy"))
            .hasValue(
                "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(r.headers().firstValue("Server")).isEmpty();
      }
    }

    @Test
    void anIdThatIsNoFormIdNeverReachesALookup() throws Exception {
      for (String id : List.of("E", "..", "%2e%2e", "e%2F..", "e.yaml", "-e")) {
        HttpResponse<String> r =
            post("/api/forms/" + id + "/validate", "application/json", sample("e", "valid-basic"));
        assertThat(r.statusCode()).as(id).isIn(400, 404);
        assertThat(r.body()).as(id).doesNotContain("\"valid\"");
      }
    }

    @Test
    void aTraversalThroughTheFormIdIsNotAFile() throws Exception {
      String raw = rawRequest("POST /api/forms/../../../etc/passwd HTTP/1.1\r\n");
      assertThat(raw).doesNotContain("root:");
      assertThat(raw).containsAnyOf("HTTP/1.1 400", "HTTP/1.1 404");
    }
  }

  CoformsServer failingServer() throws Exception {
    CurrentCatalogue broken = new CurrentCatalogue(vn.coforms.framework.model.Catalogue.empty());
    CoformsServer failing =
        new CoformsServer(
            new CertificateReader(),
            new CertificateValidator(TODAY),
            renderer(new CertificateValidator(TODAY)),
            broken,
            new ObjectMapper() {
              private static final long serialVersionUID = 1L;

              @Override
              public byte[] writeValueAsBytes(Object value)
                  throws com.fasterxml.jackson.core.JsonProcessingException {
                if (value instanceof java.util.Map<?, ?> m && "ok".equals(m.get("status"))) {
                  throw new IllegalStateException("java.lang.String failed in vn.coforms.Foo");
                }
                return super.writeValueAsBytes(value);
              }
            },
            log::add,
            "localhost",
            0);
    failing.start();
    return failing;
  }

  String rawRequest(String requestLine) throws IOException {
    try (Socket socket = new Socket("localhost", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "Host: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
