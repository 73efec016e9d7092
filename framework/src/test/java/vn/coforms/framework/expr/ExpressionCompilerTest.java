package vn.coforms.framework.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.Criteria;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.WorkingDays;
import vn.coforms.framework.model.rule.Condition;

class ExpressionCompilerTest {
  static final SourceRef AT = new SourceRef("forms/x.yaml", 10, 12);
  static final Criteria CRITERIA =
      new Criteria(
          "",
          "",
          List.of(
              new CriterionKind(
                  "WO", java.util.regex.Pattern.compile("WO"), false, Optional.empty(), "", "", AT),
              new CriterionKind(
                  "RVC",
                  java.util.regex.Pattern.compile("(?<rvc>\\d{1,3})%"),
                  true,
                  Optional.empty(),
                  "",
                  "",
                  AT)));
  static final List<FieldDef> FIELDS =
      List.of(
          field("criterion", FieldType.CRITERION),
          field("exhibition", FieldType.TICK),
          field("departureDate", FieldType.DATE));
  static final ExpressionCompiler COMPILER =
      new ExpressionCompiler(
          FIELDS,
          new FormFunctions(
              Optional.of(CRITERIA), new WorkingDays(java.util.Set.of(LocalDate.of(2026, 9, 2)))));

  static FieldDef field(String id, FieldType type) {
    return new FieldDef(
        id,
        "1",
        vn.coforms.framework.model.Bilingual.of(id, id),
        Optional.empty(),
        false,
        false,
        spec(type),
        AT);
  }

  /** The plainest spec of each type: no length limits, six-digit HS codes, one enum value. */
  static FieldSpec spec(FieldType type) {
    return switch (type) {
      case TEXT -> new FieldSpec.Text(OptionalInt.empty(), OptionalInt.empty());
      case DATE -> new FieldSpec.Date();
      case COUNTRY -> new FieldSpec.Country(false);
      case HS_CODE -> new FieldSpec.HsCode(List.of(6));
      case QUANTITY -> new FieldSpec.Quantity();
      case MONEY -> new FieldSpec.Money();
      case PERCENT -> new FieldSpec.Percent();
      case CRITERION -> new FieldSpec.Criterion();
      case ENUM -> new FieldSpec.Choice(List.of("A"));
      case TICK -> new FieldSpec.Tick();
      case GROUP -> new FieldSpec.Group(List.of(), 0, Integer.MAX_VALUE);
    };
  }

  static boolean eval(String expression, Map<String, Object> vars) {
    Condition c = COMPILER.compile(expression, Optional.empty(), AT).condition().orElseThrow();
    Map<String, Object> all =
        new HashMap<>(Map.of("criterion", "", "exhibition", false, "departureDate", ""));
    all.putAll(vars);
    return c.test(VariablesScope.of("2026-11-25", all));
  }

  @Test
  void aCompiledConditionKeepsItsSourceTextForReadersOfTheDefinition() {
    Condition c =
        COMPILER
            .compile("exhibition && criterion == 'WO'", Optional.empty(), AT)
            .condition()
            .orElseThrow();
    assertThat(c.expression()).hasValue("exhibition && criterion == 'WO'");
    assertThat(Condition.ALWAYS.expression()).isEmpty();
  }

  @Nested
  class Functions {
    @Test
    void classifyCriteriaByTheFormsGrammar() {
      assertThat(eval("usesRvc(criterion)", Map.of("criterion", "45%"))).isTrue();
      assertThat(eval("usesRvc(criterion)", Map.of("criterion", "WO"))).isFalse();
      assertThat(
              eval(
                  "criterionKind(criterion) == 'RVC' && rvc(criterion) == 45.0",
                  Map.of("criterion", "45%")))
          .isTrue();
      assertThat(eval("criterionKind(criterion) == ''", Map.of("criterion", "CTH"))).isTrue();
    }

    @Test
    void countCalendarAndWorkingDays() {
      assertThat(eval("daysBetween('2026-11-20', today) == 5", Map.of())).isTrue();
      assertThat(eval("workingDaysBetween('2026-11-20', '2026-11-24') == 3", Map.of())).isTrue();
      assertThat(eval("workingDaysBetween('2026-09-01', '2026-09-03') == 1", Map.of())).isTrue();
      assertThat(eval("daysBetween(departureDate, today) == 0", Map.of()))
          .as("a blank date counts as 0")
          .isTrue();
    }

    @Test
    void countNothingForDatesOutsideTheSupportedYears() {
      assertThat(
              org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                  java.time.Duration.ofSeconds(10),
                  () ->
                      eval(
                          "workingDaysBetween('2026-11-20', '+999999999-12-31') == 0"
                              + " && daysBetween('+99999-11-12', '2026-11-20') == 0"
                              + " && workingDaysBetween('1899-12-31', '2026-01-01') == 0",
                          Map.of())))
          .isTrue();
    }

    @Test
    void tellBlankText() {
      assertThat(eval("blank(linkedNumber)", Map.of())).isTrue();
      assertThat(eval("blank(linkedNumber)", Map.of("linkedNumber", "VN-1"))).isFalse();
    }
  }

  @Nested
  class TypeChecking {
    @Test
    void rejectsAnUndeclaredFieldAtItsColumnInTheYaml() {
      List<Diagnostic> d =
          COMPILER.compile("exhibition && criterio == 'WO'", Optional.empty(), AT).diagnostics();
      assertThat(d)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.message()).contains("undeclared reference to 'criterio'");
                assertThat(x.at().line()).isEqualTo(10);
                // AT is the expression's first character; 'criterio' is 14 characters into it
                assertThat(x.at().column()).isEqualTo(12 + 14);
              });
    }

    @Test
    void suggestsTheClosestVariableAndLeavesOutCelsNamespaceNote() {
      assertThat(
              COMPILER
                  .compile("exhibition && criterio == 'WO'", Optional.empty(), AT)
                  .diagnostics())
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x.message())
                      .isEqualTo(
                          "expression 'exhibition && criterio == 'WO'' does not compile:"
                              + " undeclared reference to 'criterio' (did you mean 'criterion'?)"
                              + " (it is evaluated once on the whole certificate)"));
    }

    @Test
    void rejectsComparingATickWithText() {
      assertThat(COMPILER.compile("exhibition == 'yes'", Optional.empty(), AT).diagnostics())
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("found no matching overload"));
    }

    @Test
    void rejectsAnExpressionThatIsNotBoolean() {
      assertThat(COMPILER.compile("criterion", Optional.empty(), AT).diagnostics()).isNotEmpty();
    }
  }

  @Nested
  class FieldsOfRows {
    final FieldDef items =
        new FieldDef(
            "items",
            "7",
            vn.coforms.framework.model.Bilingual.of("items", "items"),
            Optional.empty(),
            false,
            false,
            new FieldSpec.Group(
                List.of(
                    field("criterion", FieldType.CRITERION), field("hsCode", FieldType.HS_CODE)),
                1,
                20),
            AT);
    final ExpressionCompiler compiler =
        new ExpressionCompiler(
            List.of(field("partialCumulation", FieldType.TICK), items),
            new FormFunctions(Optional.of(CRITERIA), new WorkingDays(java.util.Set.of())));

    List<Diagnostic> diagnostics(String expression) {
      return compiler.compile(expression, Optional.empty(), AT).diagnostics();
    }

    @Test
    void rejectsAMisspeltFieldOfARowInsideAComprehensionWithTheClosestName() {
      String expression =
          "!partialCumulation || items.exists(i, criterionKind(i.criterio) == 'PC')";
      assertThat(diagnostics(expression))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.code()).isEqualTo("rule.expression");
                assertThat(x.message())
                    .isEqualTo(
                        "expression '"
                            + expression
                            + "' reads 'criterio' of a row of 'items', which has no such field"
                            + " (did you mean 'criterion'?)");
                assertThat(x.fix())
                    .isEqualTo("use one of the fields of 'items': criterion, hsCode");
                assertThat(x.at().line()).isEqualTo(10);
                assertThat(x.at().column()).isEqualTo(12 + expression.indexOf("criterio)"));
              });
    }

    @Test
    void rejectsAMisspeltFieldOfAnIndexedRow() {
      assertThat(diagnostics("items[0].hscode == '0304.62'"))
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("reads 'hscode'", "'hsCode'"));
    }

    @Test
    void rejectsEveryMisreadInTheOrderWritten() {
      assertThat(diagnostics("items.all(i, i.crit != '' && i.hs != '')"))
          .extracting(Diagnostic::message)
          .satisfiesExactly(
              m -> assertThat(m).contains("reads 'crit'"),
              m -> assertThat(m).contains("reads 'hs'"));
    }

    @Test
    void acceptsTheDeclaredFieldsOfRowsAndLeavesOtherMapsAlone() {
      assertThat(
              diagnostics(
                  "items.exists(i, criterionKind(i.criterion) == 'PC')"
                      + " && items.map(i, i.hsCode).all(h, h != '')"
                      + " && items[0].hsCode != '' && {'a': 1}.a == 1"))
          .isEmpty();
    }

    @Test
    void aComprehensionVariableShadowsAGroupOfTheSameName() {
      assertThat(diagnostics("[{'x': 1}].all(items, items.x == 1)")).isEmpty();
    }
  }

  @Nested
  class StandardDeclarations {
    /** Expressions that use or miss the overloads CEL's checker filters by its options. */
    static final List<String> PROBES =
        List.of(
            "1 < 2.0",
            "n < d",
            "1u < 2",
            "n == d",
            "int(1) == 1",
            "int(n) == n",
            "int(d) == 1",
            "uint(n) == 1u",
            "double(n) > 0.0",
            "string(n) == s",
            "timestamp(0) == timestamp(0)",
            "timestamp(s) < timestamp('2026-01-01T00:00:00Z')",
            "timestamp('2026-01-01T00:00:00Z').getFullYear() == 2026",
            "duration('1s') < duration('2s')",
            "size(s) > 0 && s.startsWith('a') && s.endsWith('b') && s.contains('c')",
            "s.matches('a+')",
            "[1, 2].exists(i, i > 1) && [1].all(i, i == 1) && [1].map(i, i * 2) == [2]",
            "{'a': 1}['a'] == 1 && 'a' in {'a': 1}",
            "n in [1, 2]",
            "dyn(n) == d",
            "bytes(s) == b'a'",
            "type(n) == int",
            "n + 1 > n - 1 && n * 2 / 2 % 3 >= 0 && -d < d",
            "!(n > 1) || n != 2",
            "nope(n)");

    @Test
    @SuppressWarnings("deprecation") // enableUnsignedLongs: the checker still filters by it
    void acceptAndRefuseWhatCelsOwnStandardEnvironmentDoes() {
      List<List<String>> outcomes = new java.util.ArrayList<>();
      for (dev.cel.common.CelOptions options :
          List.of(
              dev.cel.common.CelOptions.current().build(),
              dev.cel.common.CelOptions.current()
                  .enableHeterogeneousNumericComparisons(true)
                  .enableUnsignedLongs(true)
                  .enableTimestampEpoch(true)
                  .build())) {
        dev.cel.compiler.CelCompiler cels = compiler(options).build();
        dev.cel.compiler.CelCompiler ours =
            compiler(options)
                .setStandardEnvironmentEnabled(false)
                .setStandardDeclarations(ExpressionCompiler.standardDeclarations(options))
                .build();
        List<String> each = new java.util.ArrayList<>();
        for (String probe : PROBES) {
          assertThat(outcome(ours, probe)).as(probe).isEqualTo(outcome(cels, probe));
          each.add(outcome(cels, probe));
        }
        outcomes.add(each);
      }
      assertThat(outcomes.get(0))
          .as("the options filter some overloads, so both branches of the filter are compared")
          .isNotEqualTo(outcomes.get(1));
    }

    private dev.cel.compiler.CelCompilerBuilder compiler(dev.cel.common.CelOptions options) {
      return dev.cel.compiler.CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(options)
          .setStandardMacros(dev.cel.parser.CelStandardMacro.STANDARD_MACROS)
          .addVar("n", dev.cel.common.types.SimpleType.INT)
          .addVar("d", dev.cel.common.types.SimpleType.DOUBLE)
          .addVar("s", dev.cel.common.types.SimpleType.STRING);
    }

    /** The checked expression with its types, or the checker's errors. */
    private String outcome(dev.cel.compiler.CelCompiler compiler, String expression) {
      dev.cel.common.CelValidationResult result = compiler.compile(expression);
      if (result.hasError()) {
        return "error: " + result.getErrorString();
      }
      try {
        return "ok: " + result.getAst().getResultType();
      } catch (dev.cel.common.CelValidationException e) {
        throw new AssertionError(e);
      }
    }
  }
}
