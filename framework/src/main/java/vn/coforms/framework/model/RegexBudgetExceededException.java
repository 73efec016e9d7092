package vn.coforms.framework.model;

/**
 * A form-declared regular expression needed more steps than {@link RegexBudget#STEPS} on one value;
 * the caller reports it as a finding naming the rule or field.
 */
public final class RegexBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  RegexBudgetExceededException(String reason) {
    super(reason, null, false, false);
    this.reason = reason;
  }

  /** What was matched and which budget it exceeded. */
  @Override
  public String getMessage() {
    return reason;
  }
}
