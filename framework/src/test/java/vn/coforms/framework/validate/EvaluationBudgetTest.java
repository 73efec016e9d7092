package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * Every evaluation a form can cause has a budget: an expression or regex that would run for minutes
 * is refused when the form loads, or stops with a finding that names the rule.
 */
class EvaluationBudgetTest {
  static final Duration HANG_GUARD = Duration.ofSeconds(30);
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  /** The README's demo form with {@code extra} inserted into its rules and its items group. */
  static LoadResult demo(String rules, String itemsExtra) {
    String yaml = readmeDemo();
    yaml = yaml.replace("rules:\n", "rules:\n" + rules);
    yaml = yaml.replace("    minItems: 1\n", "    minItems: 1\n" + itemsExtra);
    return DefinitionTestHelper.forText("demo.yaml", yaml).load();
  }

  static String readmeDemo() {
    try {
      String readme = Files.readString(DefinitionTestHelper.repositoryRoot().resolve("README.md"));
      String section = readme.substring(readme.indexOf("## Declaring a form"));
      Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
      assertThat(m.find()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Certificate certificate(String exporter, int rows, String criterion) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("description", "GOODS " + i);
      item.put("criterion", criterion);
      items.add(item);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("exporter", exporter);
    f.put("importingCountry", "LA");
    f.put("items", items);
    return new Certificate("demo", IssuanceMode.NORMAL, LinkedCertificate.NONE, f);
  }

  /** Loads the form and, if it loaded, validates the certificate; both under the hang guard. */
  static Outcome run(String rules, String itemsExtra, Certificate c) {
    return assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          LoadResult r = demo(rules, itemsExtra);
          List<Finding> findings =
              r.forms().isEmpty()
                  ? List.of()
                  : new CertificateValidator(r.catalogue(), TODAY).validate(c);
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
      Outcome o = run(FOUR_NESTED, "    maxItems: 300\n", certificate("EXPORTER", 300, "WO"));

      assertThat(o.codes()).containsExactly("rule.expression-cost");
      Diagnostic d = o.diagnostics().get(0);
      assertThat(d.render())
          .contains("demo.yaml:")
          .contains("items.all(a")
          .contains("300 rows")
          .contains("200,000");
      assertThat(d.fix()).contains("unique");
    }

    @Test
    void stopsAnEvaluationThatOutgrowsItsBudgetWithAFindingNamingTheRule() {
      String pairwise =
          """
            - id: demo.pairwise
              kind: expression
              fields: [exporter]
              check: "items.all(a, items.all(b, a.description != ''))"
              message: { en: "x", vi: "x" }
              source: "test"
          """;
      // maxItems 40 lets the form load (40 x 40 rows is cheap); a certificate with 1,500 rows
      // (more than maxItems allows) would need 2.25 million iterations.
      Outcome o = run(pairwise, "    maxItems: 40\n", certificate("EXPORTER", 1500, "WO"));

      assertThat(o.diagnostics()).isEmpty();
      assertThat(o.failed())
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message().en())
                      .contains("demo.pairwise")
                      .contains("200,000 evaluation steps"));
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
      Outcome o = run(patternRule("(.*a){25}"), "", certificate(VALUE, 1, "WO"));

      assertThat(o.codes()).containsExactly("rule.regex-unsafe");
      assertThat(o.diagnostics().get(0).message())
          .contains("demo.exporter.shape")
          .contains("(.*a){25}")
          .contains("'.*'");
    }

    @Test
    void stopsAPatternTheShapeCheckLetsThroughWithAFindingNamingTheRule() {
      Outcome o = run(patternRule("a*a*a*a*a*a*a*a*c"), "", certificate(VALUE, 1, "WO"));

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
}
