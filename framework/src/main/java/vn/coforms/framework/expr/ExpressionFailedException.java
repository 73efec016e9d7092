package vn.coforms.framework.expr;

/** An expression could not be evaluated on some data (e.g. a value of an unexpected type). */
public final class ExpressionFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExpressionFailedException(String expression, Throwable cause) {
    super("expression '" + expression + "' failed: " + cause.getMessage(), cause);
  }
}
