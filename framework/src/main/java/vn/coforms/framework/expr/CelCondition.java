package vn.coforms.framework.expr;

import dev.cel.common.CelErrorCode;
import dev.cel.common.ast.CelExpr;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelEvaluationListener;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.model.RegexBudgetExceededException;
import vn.coforms.framework.model.rule.Condition;
import vn.coforms.framework.model.rule.Scope;

/**
 * A compiled CEL program that answers true or false for a scope, within a step budget.
 *
 * <p>Anything but a boolean answer is a failure, never a silent false: an evaluation error (no such
 * key, division by zero, overflow), a value that is not a boolean, a name the scope does not
 * define, or more than {@code maxSteps} evaluation steps all throw {@link
 * ExpressionFailedException} with the reason.
 */
final class CelCondition implements Condition {
  /** CEL's own message: {@code evaluation error at <input>:OFFSET: DETAIL}. */
  private static final Pattern CEL_ERROR =
      Pattern.compile("evaluation error at <input>:(\\d+): (.*)", Pattern.DOTALL);

  private final CelRuntime.Program program;
  private final String expression;
  private final long maxSteps;

  CelCondition(CelRuntime.Program program, String expression, long maxSteps) {
    this.program = program;
    this.expression = expression;
    this.maxSteps = maxSteps;
  }

  @Override
  public Optional<String> expression() {
    return Optional.of(expression);
  }

  @Override
  public boolean test(Scope scope) {
    Object result;
    try {
      result = program.trace(scope.variables(), new StepCounter(maxSteps));
    } catch (CelEvaluationException e) {
      throw new ExpressionFailedException(expression, reason(e));
    } catch (OverBudget | RegexBudgetExceededException e) {
      throw new ExpressionFailedException(expression, reason(e));
    }
    if (result instanceof Boolean b) {
      return b;
    }
    throw new ExpressionFailedException(
        expression, "it gave " + describe(result) + " where true or false was expected");
  }

  private String reason(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OverBudget) {
        return String.format(
            Locale.ROOT,
            "it needed more than %,d evaluation steps (the budget of one evaluation)",
            maxSteps);
      }
      if (t instanceof RegexBudgetExceededException) {
        return String.valueOf(t.getMessage());
      }
    }
    String message = String.valueOf(e.getMessage());
    if (!(e instanceof CelEvaluationException c)) {
      return message;
    }
    Matcher m = CEL_ERROR.matcher(message);
    String where = m.matches() ? " at character " + (Integer.parseInt(m.group(1)) + 1) : "";
    String detail = m.matches() ? m.group(2) : message;
    CelErrorCode code = c.getErrorCode();
    if (code == CelErrorCode.ITERATION_BUDGET_EXCEEDED) {
      return String.format(
          Locale.ROOT, "it needed more than %,d comprehension iterations", maxSteps);
    }
    if (code == CelErrorCode.DIVIDE_BY_ZERO) {
      return "it divides by zero" + where;
    }
    if (code == CelErrorCode.NUMERIC_OVERFLOW) {
      return "a number overflows" + where + " (" + detail + ")";
    }
    return detail + where;
  }

  private static String describe(@Nullable Object value) {
    if (value instanceof CelUnknownSet) {
      return "no value (it names a field this scope does not have)";
    }
    if (value instanceof Number n) {
      return "the number " + n;
    }
    if (value instanceof String s) {
      return "the text '" + s + "'";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Map<?, ?>) {
      return "a map";
    }
    return "a value that is not a boolean";
  }

  @Override
  public String toString() {
    return expression;
  }

  /** Counts the nodes the interpreter evaluates and stops it past the budget. */
  private static final class StepCounter implements CelEvaluationListener {
    private final long limit;
    private long steps;

    StepCounter(long limit) {
      this.limit = limit;
    }

    @Override
    public void callback(CelExpr expr, Object result) {
      if (++steps > limit) {
        throw new OverBudget();
      }
    }
  }

  /** Thrown out of the interpreter by {@link StepCounter}; never leaves this class. */
  private static final class OverBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverBudget() {
      super("over budget", null, false, false);
    }
  }
}
