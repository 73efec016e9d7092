package vn.coforms.framework.expr;

/**
 * An expression could not give true or false on some data: an evaluation error, a value of another
 * type, or a budget exceeded. The message names the expression and the reason, for a {@code
 * rule.failed} finding.
 */
public final class ExpressionFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExpressionFailedException(String expression, String reason) {
    super("expression '" + expression + "' failed: " + reason);
  }
}
