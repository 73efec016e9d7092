package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/** Each field type has its own spec, in the model and in the schema; wrong options are refused. */
class FieldSpecTest {
  static final java.time.Clock TODAY =
      java.time.Clock.fixed(
          java.time.Instant.parse("2026-03-01T00:00:00Z"), java.time.ZoneOffset.UTC);
  static final String MINIMAL = DefinitionTestHelper.forResource("good/minimal.yaml").text();

  @Nested
  class TheModel {
    @Test
    void eachTypeHasExactlyOneSpecRecord() {
      List<FieldType> types = new ArrayList<>();
      for (Class<?> c : FieldSpec.class.getPermittedSubclasses()) {
        types.add(specOf(c).type());
      }
      assertThat(types).containsExactlyInAnyOrder(FieldType.values());
    }

    @Test
    void anHsCodeSpecNeedsADigitCount() {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FieldSpec.HsCode(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEnumSpecNeedsAValue() {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FieldSpec.Choice(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    private FieldSpec specOf(Class<?> c) {
      return switch (c.getSimpleName()) {
        case "Text" ->
            new FieldSpec.Text(java.util.OptionalInt.empty(), java.util.OptionalInt.empty());
        case "Date" -> new FieldSpec.Date();
        case "Country" -> new FieldSpec.Country(false);
        case "HsCode" -> new FieldSpec.HsCode(List.of(6));
        case "Quantity" -> new FieldSpec.Quantity();
        case "Money" -> new FieldSpec.Money();
        case "Percent" -> new FieldSpec.Percent();
        case "Criterion" -> new FieldSpec.Criterion();
        case "Choice" -> new FieldSpec.Choice(List.of("A"));
        case "Tick" -> new FieldSpec.Tick();
        case "Group" -> new FieldSpec.Group(List.of(), 0, 1);
        default -> throw new AssertionError("a spec this test does not know: " + c);
      };
    }
  }

  @Nested
  class TheSchema {
    @Test
    void hasOneClosedDefinitionPerType() throws IOException {
      JsonNode defs =
          new ObjectMapper()
              .readTree(
                  DefinitionTestHelper.repositoryForms()
                      .resolve("schema/coforms.schema.json")
                      .toFile())
              .path("definitions");
      for (FieldType t : FieldType.values()) {
        JsonNode def = defs.path(t.yamlName() + "Field");
        assertThat(def.path("additionalProperties").asBoolean(true)).as(t.yamlName()).isFalse();
        assertThat(def.path("properties").path("type").path("const").asText())
            .isEqualTo(t.yamlName());
      }
    }

    @Test
    void flagsAnOptionOfAnotherTypeAndNamesTheTypeItBelongsTo() {
      LoadResult r =
          DefinitionTestHelper.forText(
                  "minimal.yaml",
                  MINIMAL.replace(
                      "type: text, required: true, maxLength: 200",
                      "type: text, required: true, digits: [6]"))
              .load();

      assertThat(r.diagnostics())
          .extracting(d -> d.render())
          .singleElement()
          .asString()
          .contains("minimal.yaml:20:")
          .contains("error[yaml.unknown-key]")
          .contains("'digits' does not apply to type 'text'")
          .contains("it applies to type 'hs-code'")
          .contains("type 'text' takes: id, box, type, label, hint, required, readOnly, maxLength");
    }
  }

  @Nested
  class AFormWithoutCriterionCodes {
    @Test
    void declaresItsOriginColumnAsFreeTextWithoutCriteriaOrOverleafWording() {
      String yaml =
          MINIMAL
              .replace(
                  "type: criterion, required: true, label: { en: \"Origin criterion\"",
                  "type: text, required: true, maxLength: 60, label: { en: \"Origin criterion\"")
              .replaceAll("(?s)criteria:\n.*?(?=issuance:)", "")
              .replaceAll("(?s)  - id: minimal\\.fob\\.only-with-rvc.*?(?=layout:)", "");

      LoadResult r = DefinitionTestHelper.forText("minimal.yaml", yaml).load();

      assertThat(r.diagnostics()).extracting(d -> d.render()).isEmpty();
      assertThat(r.forms().get(0).criteria()).isEmpty();
      assertThat(
              r.forms().get(0).field("items").orElseThrow().field("criterion").orElseThrow().type())
          .isEqualTo(FieldType.TEXT);
    }
  }

  @Nested
  class HsDigits {
    @Test
    void aRangeOfDigitCountsIsAccepted() {
      Catalogue c = withHsCode("digits: { min: 6, max: 10 }");

      assertThat(hsFindings(c, "12345678")).isEmpty();
      assertThat(hsFindings(c, "1234567890")).isEmpty();
      assertThat(hsFindings(c, "12345"))
          .singleElement()
          .extracting(f -> f.message().en())
          .asString()
          .contains("must be an HS code of 6 to 10 digits");
    }

    @Test
    void aListOfDigitCountsIsShownAsWritten() {
      Catalogue c = withHsCode("digits: [6, 8]");

      assertThat(hsFindings(c, "1234567"))
          .singleElement()
          .extracting(f -> f.message().en())
          .asString()
          .contains("of 6/8 digits");
    }

    @Test
    void aRangeWhoseMinimumExceedsItsMaximumIsALocatedError() {
      LoadResult r =
          DefinitionTestHelper.forText("minimal.yaml", hsForm("digits: { min: 10, max: 6 }"))
              .load();

      assertThat(r.diagnostics())
          .extracting(d -> d.render())
          .singleElement()
          .asString()
          .contains("error[field.hs-digits]")
          .contains("allows 10 to 6 digits");
    }

    private Catalogue withHsCode(String digits) {
      return DefinitionTestHelper.forText("minimal.yaml", hsForm(digits)).load().orThrow();
    }

    private String hsForm(String digits) {
      return MINIMAL.replace(
          "      - { id: fob,",
          "      - { id: hs, box: \"6\", type: hs-code, "
              + digits
              + ", label: { en: \"HS\", vi: \"HS\" } }\n      - { id: fob,");
    }

    private List<Finding> hsFindings(Catalogue c, String hs) {
      Map<String, Object> item = Map.of("description", "A", "criterion", "WO", "hs", hs);
      Certificate cert =
          new Certificate(
              "minimal",
              IssuanceMode.NORMAL,
              LinkedCertificate.NONE,
              Map.of("exporter", "X", "importingCountry", "LA", "items", List.of(item)));
      return new CertificateValidator(TODAY)
          .validate(c, cert).stream().filter(f -> f.ruleId().equals("field.hs-code")).toList();
    }
  }
}
