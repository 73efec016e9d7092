package vn.coforms.framework.template;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;

/**
 * Counts the elements one template evaluation enters and how deeply they nest, and stops the
 * evaluation past its limits. Once over, it refuses every further element, so nothing (not even a
 * {@code #recover} block) runs after it. One instance per evaluation; not thread-safe.
 */
final class StepBudget implements TemplateProcessingTracer {
  private final TemplateLimits limits;
  private int steps;
  private int depth;
  private boolean over;

  StepBudget(TemplateLimits limits) {
    this.limits = limits;
  }

  @Override
  public void enterElement(Environment env, TracedElement element) {
    steps++;
    depth++;
    if (over || steps > limits.maxSteps()) {
      over = true;
      throw new OverBudgetException(
          "it took more than " + limits.maxSteps() + " steps (a loop that does not end?)");
    }
    if (depth > limits.maxDepth()) {
      over = true;
      throw new OverBudgetException(
          "it nested deeper than " + limits.maxDepth() + " levels (a macro that calls itself?)");
    }
  }

  @Override
  public void exitElement(Environment env, TracedElement element) {
    depth--;
  }
}
