package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Bilingual;

/**
 * A rule that judges a value (pattern, one-of, range, unique) says which value it found, in both
 * languages, and carries it (and, for unique, the earlier row) in the finding.
 */
class FindingShowsWhatWasFoundTest {
  private static final String MESSAGE = "    message: { en: \"Wrong.\", vi: \"Sai.\" }\n";

  private static String rule(String id, String kind, String body) {
    return "  - id: "
        + id
        + "\n    kind: "
        + kind
        + "\n"
        + body
        + MESSAGE
        + "    source: \"test\"\n";
  }

  private static Finding only(LoadResult r, Certificate c, String ruleId) {
    List<Finding> findings = RuleScopeTest.validate(r, c);
    assertThat(findings).extracting(Finding::ruleId).containsOnlyOnce(ruleId);
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
  }

  @Nested
  class APatternRule {
    @Test
    void showsTheTextThatDoesNotMatch() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.exporter.caps",
                  "pattern",
                  "    fields: [exporter]\n    regex: \"[A-Z ]+\"\n"),
              "");
      Finding f = only(r, DemoForm.certificate("acme ltd", 1, "WO"), "demo.exporter.caps");

      assertThat(f.found()).contains("acme ltd");
      assertThat(f.render())
          .contains(
              "exporter: Wrong. Found: 'acme ltd'. | Sai. Giá trị đã ghi: 'acme ltd'. [test]");
    }
  }

  @Nested
  class AOneOfRule {
    @Test
    void showsTheValueThatIsNoneOfTheAllowed() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.items.wo-only",
                  "one-of",
                  "    forEach: items\n    fields: [criterion]\n    values: [WO]\n"),
              "");
      Finding f = only(r, DemoForm.certificate("ACME", 1, "45%"), "demo.items.wo-only");

      assertThat(f.found()).contains("45%");
      assertThat(f.render()).contains("items[0].criterion (row 1): Wrong. Found: '45%'.");
    }
  }

  @Nested
  class ARangeRule {
    @Test
    void showsTheAmountWithItsCurrency() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.items.fob-positive",
                  "range",
                  "    forEach: items\n    fields: [fob]\n    min: 0.01\n"),
              "");
      Map<String, Object> item = DemoForm.item("RICE", "45%");
      item.put("fob", Map.of("amount", 0, "currency", "USD"));
      Finding f = only(r, DemoForm.certificate("ACME", List.of(item)), "demo.items.fob-positive");

      assertThat(f.found()).contains("0 USD");
      assertThat(f.message().vi()).endsWith("Sai. Giá trị đã ghi: '0 USD'.");
    }
  }

  @Nested
  class AUniqueRule {
    @Test
    void showsTheRepeatedValueAndTheRowThatFirstHeldIt() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.items.unique", "unique", "    forEach: items\n    fields: [description]\n"),
              "");
      Certificate c =
          DemoForm.certificate(
              "ACME",
              List.of(
                  DemoForm.item("RICE", "WO"),
                  DemoForm.item("TEA", "WO"),
                  DemoForm.item("RICE", "WO")));
      Finding f = only(r, c, "demo.items.unique");

      assertThat(f.row()).hasValue(3);
      assertThat(f.sameAsRow()).hasValue(1);
      assertThat(f.render())
          .contains(
              "items[2].description (row 3): Wrong. Found: 'RICE', the same as in row 1."
                  + " | Sai. Giá trị đã ghi: 'RICE', trùng với dòng 1.");
    }
  }

  @Nested
  class TheValueShown {
    private final Bilingual wrong = new Bilingual("Wrong.", "Sai.");

    @Test
    void writesLineBreaksAndBidiOverridesAsEscapesSoTheLineKeepsItsShape() {
      assertThat(FoundText.append(wrong, Optional.of("A\nB\u202EC"), OptionalInt.empty()).en())
          .isEqualTo("Wrong. Found: 'A\\u000AB\\u202EC'.");
    }

    @Test
    void isCutAfterEightyCharacters() {
      String shown =
          FoundText.append(wrong, Optional.of("x".repeat(500)), OptionalInt.empty()).en();
      assertThat(shown).isEqualTo("Wrong. Found: '" + "x".repeat(80) + "…'.");
    }

    @Test
    void isAbsentForARuleAboutNoSingleValue() {
      assertThat(FoundText.append(wrong, Optional.empty(), OptionalInt.empty())).isEqualTo(wrong);
    }
  }
}
