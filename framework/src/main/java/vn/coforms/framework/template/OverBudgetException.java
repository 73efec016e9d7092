package vn.coforms.framework.template;

/** One template evaluation went over a {@link TemplateLimits} budget; says which and its value. */
final class OverBudgetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OverBudgetException(String what) {
    super(what);
  }
}
