package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;

/**
 * Each rule's expressions are compiled in the scope where they run, and an expression that cannot
 * answer true or false gives a {@code rule.failed} finding, never a silent false.
 */
class RuleScopeTest {
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  static String rule(String id, String kind, String body) {
    return "  - id: "
        + id
        + "\n    kind: "
        + kind
        + "\n"
        + body
        + "    message: { en: \"x\", vi: \"x\" }\n    source: \"test\"\n";
  }

  static List<Finding> validate(LoadResult r, Certificate c) {
    assertThat(r.diagnostics()).extracting(Diagnostic::render).isEmpty();
    return new CertificateValidator(TODAY).validate(r.catalogue(), c);
  }

  static Certificate twoIdenticalRows() {
    return DemoForm.certificate(
        "EXPORTER", List.of(DemoForm.item("RICE", "WO"), DemoForm.item("RICE", "WO")));
  }

  @Nested
  class AUniqueRule {
    @Test
    void refusesAWhenThatNamesARowFieldBecauseItIsCheckedOnTheWholeCertificate() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.items.unique",
                  "unique",
                  "    forEach: items\n    fields: [description]\n    when: \"criterion == 'WO'\"\n"),
              "");

      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("rule.expression");
                assertThat(d.message())
                    .contains("undeclared reference to 'criterion'")
                    .contains("evaluated once on the whole certificate");
              });
    }

    @Test
    void reportsTheRepeatedRowWhenItsCertificateLevelConditionHolds() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.items.unique",
                  "unique",
                  """
                      forEach: items
                      fields: [description]
                      when: "items.exists(i, i.criterion == 'WO')"
                  """),
              "");

      assertThat(validate(r, twoIdenticalRows()))
          .extracting(Finding::render)
          .containsExactly(
              "error demo.items.unique box 3 items[1].description (row 2): x Found: 'RICE', the"
                  + " same as in row 1. | x Giá trị đã ghi: 'RICE', trùng với dòng 1. [test]");
    }
  }

  @Nested
  class AnExpressionThatCannotAnswerTrueOrFalse {
    @Test
    void reportsANonBooleanWhenAsRuleFailedInsteadOfSkippingTheRule() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.fob.odd",
                  "forbidden",
                  "    forEach: items\n    fields: [fob]\n    when: \"fob.amount\"\n"),
              "");
      Map<String, Object> item = DemoForm.item("RICE", "WO");
      item.put("fob", Map.of("amount", 12.5, "currency", "USD"));

      List<Finding> findings = validate(r, DemoForm.certificate("EXPORTER", List.of(item)));

      assertThat(findings)
          .filteredOn(f -> f.ruleId().equals("rule.failed"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.row()).hasValue(1);
                assertThat(f.message().en())
                    .contains("demo.fob.odd")
                    .contains("it gave the number 12.5 where true or false was expected");
              });
    }

    @Test
    void reportsADivisionByZeroAsRuleFailed() {
      LoadResult r =
          DemoForm.load(
              rule(
                  "demo.items.ratio",
                  "expression",
                  """
                      fields: [exporter]
                      check: "10 / (size(items) - size(items)) == 0"
                  """),
              "");

      assertThat(validate(r, DemoForm.certificate("EXPORTER", 1, "WO")))
          .filteredOn(f -> f.ruleId().equals("rule.failed"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message().en())
                      .contains("demo.items.ratio")
                      .contains("it divides by zero at character 4"));
    }
  }
}
