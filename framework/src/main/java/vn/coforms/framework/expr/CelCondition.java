package vn.coforms.framework.expr;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import vn.coforms.framework.model.rule.Condition;
import vn.coforms.framework.model.rule.Scope;

/** A compiled CEL program that answers true or false for a scope. */
final class CelCondition implements Condition {
  private final CelRuntime.Program program;
  private final String expression;

  CelCondition(CelRuntime.Program program, String expression) {
    this.program = program;
    this.expression = expression;
  }

  @Override
  public boolean test(Scope scope) {
    try {
      return Boolean.TRUE.equals(program.eval(scope.variables()));
    } catch (CelEvaluationException e) {
      throw new ExpressionFailedException(expression, e);
    }
  }

  @Override
  public String toString() {
    return expression;
  }
}
