package vn.coforms.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.FixedFileNamer;

/** {@code GET /api/forms/{id}}: a form's definition as a third party would read it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormDefinitionApiTest {
  RunningServer s;

  @BeforeAll
  void start() throws Exception {
    s = new RunningServer();
  }

  @AfterAll
  void stop() throws Exception {
    s.stop();
  }

  @Test
  void writesFormEAsApproved() throws Exception {
    HttpResponse<String> r = s.get("/api/forms/e");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode tree = s.json(r);
    // the catalogue version changes with any edit of any form; the approved file pins the rest
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("catalogue", "<version>");
    String pretty =
        s.mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree) + "\n";
    Approvals.verify(
        pretty,
        new Options()
            .withReporter(new QuietReporter())
            .forFile()
            .withNamer(
                new FixedFileNamer(
                    "src/test/resources/vn/coforms/server/http/form-e.approved",
                    "target/approval/form-e.received"))
            .forFile()
            .withExtension(".json"));
  }

  @Test
  void showsEveryFieldOfEveryBundledFormWithItsPathBoxAndType() throws Exception {
    for (FormDefinition form : s.catalogue.forms()) {
      JsonNode fields = s.json(s.get("/api/forms/" + form.id())).get("fields");
      List<String> want = new ArrayList<>();
      collect(form.fields(), "", want);
      List<String> got = new ArrayList<>();
      collect(fields, got);
      assertThat(got).as(form.id()).containsExactlyElementsOf(want);
    }
  }

  private static void collect(List<FieldDef> fields, String parent, List<String> out) {
    for (FieldDef f : fields) {
      String path = parent.isEmpty() ? f.id() : parent + "[]." + f.id();
      out.add(path + " box " + f.box() + " " + f.type().yamlName() + " " + f.label().en());
      collect(f.fields(), path, out);
    }
  }

  private static void collect(JsonNode fields, List<String> out) {
    for (JsonNode f : fields) {
      out.add(
          f.get("path").asText()
              + " box "
              + f.get("box").asText()
              + " "
              + f.get("type").asText()
              + " "
              + f.get("label").get("en").asText());
      if (f.has("fields")) {
        collect(f.get("fields"), out);
      }
    }
  }

  @Test
  void saysWhichIssuanceModesNeedTheLinkedCertificate() throws Exception {
    JsonNode modes = s.json(s.get("/api/forms/e")).get("issuance");
    for (JsonNode m : modes) {
      boolean linked =
          List.of("certifiedTrueCopy", "replacement", "backToBack")
              .contains(m.get("mode").asText());
      assertThat(m.get("needsLinked").asBoolean()).as(m.toString()).isEqualTo(linked);
    }
    assertThat(modes.findValuesAsText("mode")).contains("normal", "backToBack");
  }

  @Test
  void givesEachRuleItsConditionMessageAndSourceWithoutJavaNames() throws Exception {
    HttpResponse<String> r = s.get("/api/forms/e");
    JsonNode linked =
        java.util.stream.StreamSupport.stream(s.json(r).get("rules").spliterator(), false)
            .filter(x -> x.get("id").asText().equals("common.linked.required"))
            .findFirst()
            .orElseThrow();
    assertThat(linked.get("kind").asText()).isEqualTo("expression");
    assertThat(linked.get("when").asText())
        .isEqualTo("mode in ['certifiedTrueCopy', 'replacement', 'backToBack']");
    assertThat(linked.get("expression").asText()).contains("linkedNumber");
    assertThat(linked.get("message").get("vi").asText()).isNotBlank();
    assertThat(linked.get("source").asText()).contains("1.001383");
    assertThat(r.body()).doesNotContain("vn.coforms", "Optional", "java.", "SourceRef");
  }

  @Nested
  class Caching {
    @Test
    void tagsTheAnswerWithTheCatalogueVersionAndTheId() throws Exception {
      HttpResponse<String> r = s.get("/api/forms/e");
      assertThat(r.headers().firstValue("ETag")).hasValue("\"" + s.catalogue.version() + "-e\"");
    }

    @Test
    void answers304WithoutABodyWhenTheTagIsCurrent() throws Exception {
      String etag = s.get("/api/forms/e").headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> r = s.get("/api/forms/e", "If-None-Match", "\"other\", " + etag);
      assertThat(r.statusCode()).isEqualTo(304);
      assertThat(r.body()).isEmpty();
      assertThat(r.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void answersInFullWhenTheTagIsOfAnotherVersion() throws Exception {
      HttpResponse<String> r = s.get("/api/forms/e", "If-None-Match", "\"old-e\"");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(s.json(r).get("id").asText()).isEqualTo("e");
    }
  }

  @Test
  void answersAnUnknownIdWithTheNotFoundProblemAndASuggestion() throws Exception {
    HttpResponse<String> r = s.get("/api/forms/rcpe");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(s.json(r).get("type").asText()).isEqualTo(Problem.TYPE_BASE + "unknown-form");
    assertThat(s.json(r).get("didYouMean").asText()).isEqualTo("rcep");
  }
}
