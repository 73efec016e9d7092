package vn.coforms.framework.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.WorkingDays;

class ExpressionCostTest {
  static final String PAIRWISE = "items.all(a, items.all(b, a.description != ''))";

  static FieldDef items(int maxItems) {
    FieldDef description = ExpressionCompilerTest.field("description", FieldType.TEXT);
    return new FieldDef(
        "items",
        "",
        Bilingual.of("items", "items"),
        Optional.empty(),
        false,
        false,
        new FieldSpec.Group(List.of(description), 1, maxItems),
        ExpressionCompilerTest.AT);
  }

  static List<Diagnostic> compile(String expression, int maxItems, boolean perRow) {
    FieldDef group = items(maxItems);
    ExpressionCompiler compiler =
        new ExpressionCompiler(
            List.of(group),
            new FormFunctions(Optional.empty(), new WorkingDays(Set.<LocalDate>of())));
    return compiler
        .compile(
            expression, perRow ? Optional.of(group) : Optional.empty(), ExpressionCompilerTest.AT)
        .diagnostics();
  }

  @Nested
  class AtTheStandardBudgetOf200000Steps {
    @Test
    void admitsOneComprehensionOverTheLargestBundledGroup() {
      assertThat(compile("items.exists(i, i.description == 'RICE')", 500, false)).isEmpty();
    }

    @Test
    void admitsAPairwiseComparisonOver120Rows() {
      assertThat(compile(PAIRWISE, 120, false)).isEmpty();
    }

    @Test
    void refusesAPairwiseComparisonOver200Rows() {
      assertThat(compile(PAIRWISE, 200, false))
          .singleElement()
          .satisfies(d -> assertThat(d.code()).isEqualTo("rule.expression-cost"));
    }

    @Test
    void countsEveryRowOfAForEachRule() {
      String exists = "items.exists(i, i.description == description)";
      assertThat(compile(exists, 120, true)).isEmpty();
      assertThat(compile(exists, 200, true))
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.message())
                      .contains("evaluated once for each of up to 200 rows of 'items'"));
    }

    @Test
    void assumes1000RowsForAGroupWithoutMaxItems() {
      assertThat(compile(PAIRWISE, Integer.MAX_VALUE, false))
          .singleElement()
          .satisfies(d -> assertThat(d.message()).contains("over up to 1,000 rows each"));
    }

    @Test
    void refusesAnExpressionLongerThan2000Characters() {
      String longOne = "items.size() > 0" + " && items.size() > 0".repeat(120);
      assertThat(compile(longOne, 10, false))
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.message())
                      .contains(
                          "expression of 2,416 characters is longer than the budget of 2,000"));
    }

    @Test
    void refusesParenthesesNestedDeeperThan32LevelsWithoutOverflowingTheStack() {
      String deep = "(".repeat(40) + "true" + ")".repeat(40);
      assertThat(compile(deep, 10, false))
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d.code()).isEqualTo("rule.expression"));
      assertThat(compile("(".repeat(8) + "true" + ")".repeat(8), 10, false)).isEmpty();
    }
  }

  @Nested
  class AtRunTime {
    /**
     * The load-time estimate bounds every certificate the form allows, and the validator refuses
     * rows beyond {@code maxItems} before any rule runs; the step counter is the backstop for data
     * the estimate did not foresee, so it is tested on the condition itself with more rows than the
     * form declares.
     */
    @Test
    void stopsAnEvaluationThatOutgrowsTheStepBudgetWithAReason() {
      FieldDef group = items(40);
      ExpressionCompiler compiler =
          new ExpressionCompiler(
              List.of(group),
              new FormFunctions(Optional.empty(), new WorkingDays(Set.<LocalDate>of())));
      ExpressionCompiler.Compiled compiled =
          compiler.compile(PAIRWISE, Optional.empty(), ExpressionCompilerTest.AT);
      assertThat(compiled.diagnostics()).isEmpty();
      List<Object> rows =
          java.util.Collections.nCopies(1_500, java.util.Map.of("description", "RICE"));

      assertThatThrownBy(
              () ->
                  compiled
                      .condition()
                      .orElseThrow()
                      .test(VariablesScope.of("2026-03-01", java.util.Map.of("items", rows))))
          .isInstanceOf(ExpressionFailedException.class)
          .hasMessageContaining("200,000 evaluation steps");
    }
  }
}
