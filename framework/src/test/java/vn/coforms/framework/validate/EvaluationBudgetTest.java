package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;

/**
 * Every evaluation a form can cause has a budget: an expression or regex that would run for minutes
 * is refused when the form loads, or stops with a finding that names the rule.
 */
class EvaluationBudgetTest {
  static final Duration HANG_GUARD = Duration.ofSeconds(30);
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  /** Loads the form and, if it loaded, validates the certificate; both under the hang guard. */
  static Outcome run(String rules, String itemsExtra, Certificate c) {
    return run(rules, itemsExtra, "", "", c);
  }

  static Outcome run(String rules, String itemsExtra, String from, String to, Certificate c) {
    return assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          LoadResult r = DemoForm.load(rules, itemsExtra, from, to);
          List<Finding> findings =
              r.forms().isEmpty()
                  ? List.of()
                  : new CertificateValidator(TODAY).validate(r.catalogue(), c);
          return new Outcome(r.diagnostics(), findings);
        });
  }

  record Outcome(List<Diagnostic> diagnostics, List<Finding> findings) {
    List<String> codes() {
      return diagnostics.stream().map(Diagnostic::code).toList();
    }

    List<Finding> failed() {
      return findings.stream().filter(f -> f.ruleId().equals("rule.failed")).toList();
    }
  }

  @Nested
  class Expressions {
    static final String FOUR_NESTED =
        """
          - id: demo.nested
            kind: expression
            fields: [exporter]
            check: "items.all(a, items.all(b, items.all(c, items.all(d, a.description + b.description != ''))))"
            message: { en: "x", vi: "x" }
            source: "test"
        """;

    @Test
    void refusesFourNestedComprehensionsOverTheItemsWhenTheFormLoads() {
      Outcome o =
          run(FOUR_NESTED, "    maxItems: 300\n", DemoForm.certificate("EXPORTER", 300, "WO"));

      assertThat(o.codes()).containsExactly("rule.expression-cost");
      Diagnostic d = o.diagnostics().get(0);
      assertThat(d.render())
          .contains("demo.yaml:")
          .contains("items.all(a")
          .contains("300 rows")
          .contains("200,000");
      assertThat(d.fix()).contains("unique");
    }
  }

  @Nested
  class Regexes {
    static final String VALUE = "a".repeat(40) + "b";

    static String patternRule(String regex) {
      return "  - id: demo.exporter.shape\n"
          + "    kind: pattern\n"
          + "    fields: [exporter]\n"
          + "    regex: \""
          + regex
          + "\"\n"
          + "    message: { en: \"x\", vi: \"x\" }\n"
          + "    source: \"test\"\n";
    }

    @Test
    void refusesANestedQuantifierInAPatternRuleWhenTheFormLoads() {
      Outcome o = run(patternRule("(.*a){25}"), "", DemoForm.certificate(VALUE, 1, "WO"));

      assertThat(o.codes()).containsExactly("rule.regex-unsafe");
      assertThat(o.diagnostics().get(0).message())
          .contains("demo.exporter.shape")
          .contains("(.*a){25}")
          .contains("'.*'");
    }

    @Test
    void stopsAPatternTheShapeCheckLetsThroughWithAFindingNamingTheRule() {
      Outcome o = run(patternRule("a*a*a*a*a*a*a*a*c"), "", DemoForm.certificate(VALUE, 1, "WO"));

      assertThat(o.diagnostics()).isEmpty();
      assertThat(o.failed())
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message().en())
                      .contains("demo.exporter.shape")
                      .contains("1,000,000 steps"));
    }
  }

  @Nested
  class CriterionPatterns {
    static final String WO = "pattern: \"WO\"";

    @Test
    void refusesANestedQuantifierInACriterionKindWhenTheFormLoads() {
      Outcome o = run("", "", WO, "pattern: \"(WO|\\\\w+)+\"", DemoForm.certificate("X", 1, "WO"));

      assertThat(o.codes()).contains("criteria.regex-unsafe");
      assertThat(o.diagnostics())
          .filteredOn(d -> d.code().equals("criteria.regex-unsafe"))
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.render())
                      .contains("demo.yaml:")
                      .contains("kind 'WO'")
                      .contains("'\\w+'"));
    }

    @Test
    void stopsACriterionPatternTheShapeCheckLetsThroughWithAFindingOnTheField() {
      String slow = "a".repeat(40) + "b";
      Outcome o =
          run("", "", WO, "pattern: \"WO|a*a*a*a*a*a*a*a*c\"", DemoForm.certificate("X", 1, slow));

      assertThat(o.diagnostics()).isEmpty();
      assertThat(o.findings())
          .filteredOn(f -> f.ruleId().equals("field.criterion"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.field()).isEqualTo("items[0].criterion");
                assertThat(f.message().en()).contains("could not be checked").contains("1,000,000");
              });
      // the demo's rule calls usesRvc(criterion), which classifies the same value
      assertThat(o.failed())
          .singleElement()
          .satisfies(f -> assertThat(f.message().en()).contains("demo.fob.only-with-rvc"));
    }
  }
}
