package vn.coforms.framework.template;

import freemarker.core.Environment;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import java.io.IOException;

/** Evaluates parsed templates within {@link TemplateLimits}, counting every loop pass. */
final class BoundedEvaluation {
  private BoundedEvaluation() {}

  /**
   * Puts a check element into every loop body of a parsed template (FreeMarker's
   * thread-interruption support), so the step budget counts each pass, even of an empty loop. Call
   * it after {@link AllowedConstructs} has seen the tree.
   */
  static void countLoopPasses(Template t) {
    _CoreAPI.addThreadInterruptedChecks(t);
  }

  /**
   * Evaluates a template over a model and returns what it printed.
   *
   * @throws OverBudgetException (possibly as the cause of a {@link TemplateException}) past a limit
   */
  static String run(Template t, TemplateHashModel model, TemplateLimits limits)
      throws TemplateException, IOException {
    CappedWriter out = new CappedWriter(limits.maxChars());
    Environment env = t.createProcessingEnvironment(model, out);
    env.setTemplateProcessingTracer(new StepBudget(limits));
    env.process();
    return out.toString();
  }
}
