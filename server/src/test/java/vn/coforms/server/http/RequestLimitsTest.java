package vn.coforms.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;

/** What one request may hold: item rows, nesting depth, string length. Each limit is sent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLimitsTest {
  RunningServer s;

  @BeforeAll
  void start() throws Exception {
    s = new RunningServer();
  }

  @AfterAll
  void stop() throws Exception {
    s.stop();
  }

  /** Form E's basic sample with its first item row repeated to {@code rows} rows. */
  String formEWithRows(int rows) throws Exception {
    ObjectNode doc = (ObjectNode) s.mapper.readTree(RunningServer.sample("e", "valid-basic"));
    ArrayNode items = (ArrayNode) doc.get("fields").get("items");
    JsonNode first = items.get(0);
    items.removeAll();
    for (int i = 0; i < rows; i++) {
      items.add(first.deepCopy());
    }
    return s.mapper.writeValueAsString(doc);
  }

  @Nested
  class ItemRows {
    @Test
    void refusesAGroupOverItsFormsMaxItemsWith413NamingTheGroupAndTheLimit() throws Exception {
      for (String route : new String[] {"validate", "render"}) {
        HttpResponse<String> r = s.post("/api/forms/e/" + route, formEWithRows(501));
        assertThat(r.statusCode()).as(route).isEqualTo(413);
        JsonNode p = s.json(r);
        assertThat(p.get("type").asText()).isEqualTo(Problem.TYPE_BASE + "too-many-items");
        assertThat(p.get("group").asText()).isEqualTo("items");
        assertThat(p.get("limit").asInt()).isEqualTo(500);
        assertThat(p.get("found").asInt()).isEqualTo(501);
        assertThat(p.get("detail").asText())
            .contains("group 'items'", "501 item rows", "at most 500", "split the goods");
      }
    }

    @Test
    void acceptsAGroupAtItsFormsMaxItems() throws Exception {
      HttpResponse<String> r = s.post("/api/forms/e/validate", formEWithRows(500));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(s.json(r).get("findings").findValuesAsText("code"))
          .doesNotContain("group.max-items");
    }

    @Test
    void refusesMoreRowsAcrossGroupsThanTheRequestCap() throws Exception {
      Certificate certificate =
          new CertificateReader()
              .read(CertificateBody.NAME, formEWithRows(4))
              .certificate()
              .orElseThrow();
      var form = s.catalogue.require("e");
      ItemLimits.require(form, certificate, 4);
      assertThatThrownBy(() -> ItemLimits.require(form, certificate, 3))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.problem().status()).isEqualTo(413);
                assertThat(e.problem().kind()).isEqualTo("too-many-items");
                assertThat(e.problem().extensions()).containsEntry("limit", 3);
                assertThat(e.problem().detail()).contains("4 item rows together", "at most 3");
              });
    }

    @Test
    void capsEveryGroupAtTheValidatorsAbsoluteMaximum() {
      assertThat(ItemLimits.MAX_ROWS).isEqualTo(1_000);
      assertThat(ItemLimits.MAX_TOTAL_ROWS).isEqualTo(2_000);
    }
  }

  @Nested
  class Nesting {
    @Test
    void refusesJsonNestedDeeperThan16LevelsWith400AndItsLineAndColumn() throws Exception {
      String deep = "[".repeat(40) + "]".repeat(40);
      String body = "{\"form\": \"e\", \"fields\": {\"exporter\":\n  " + deep + "}}";
      HttpResponse<String> r = s.post("/api/forms/e/validate", body);
      assertThat(r.statusCode()).isEqualTo(400);
      JsonNode p = s.json(r);
      assertThat(p.get("type").asText()).isEqualTo(Problem.TYPE_BASE + "malformed-json");
      assertThat(p.get("line").asInt()).isEqualTo(2);
      assertThat(p.get("column").asInt()).isPositive();
      assertThat(p.get("detail").asText())
          .contains("nesting depth", "16", "nests at most 16 levels")
          .doesNotContain("StreamReadConstraints", "`");
    }
  }

  @Nested
  class Strings {
    @Test
    void refusesAStringLongerThan100000CharactersWith400() throws Exception {
      String body =
          "{\"form\": \"e\", \"fields\": {\"exporter\": \"" + "x".repeat(100_001) + "\"}}";
      HttpResponse<String> r = s.post("/api/forms/e/validate", body);
      assertThat(r.statusCode()).isEqualTo(400);
      JsonNode p = s.json(r);
      assertThat(p.get("type").asText()).isEqualTo(Problem.TYPE_BASE + "malformed-json");
      assertThat(p.get("line").asInt()).isEqualTo(1);
      assertThat(p.get("detail").asText())
          .contains("String value length", "100000", "strings of at most 100000 characters")
          .doesNotContain("StreamReadConstraints", "`");
    }
  }
}
