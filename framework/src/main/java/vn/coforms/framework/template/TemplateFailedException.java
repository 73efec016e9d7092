package vn.coforms.framework.template;

import freemarker.template.TemplateException;
import java.util.Optional;
import vn.coforms.framework.model.layout.Template;

/** A template failed while rendering real data; names where the template was declared. */
public final class TemplateFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Template template;
  private final String problem;

  public TemplateFailedException(Template template, Exception cause) {
    super("template at " + template.at() + " failed: " + cause.getMessage(), cause);
    this.template = template;
    this.problem = describe(cause);
  }

  /** The template that failed, with where it was declared. */
  public Template template() {
    return template;
  }

  /** What went wrong, in one line without FreeMarker's stack text. */
  public String problem() {
    return problem;
  }

  private static String describe(Exception cause) {
    String text =
        cause instanceof TemplateException t
            ? Optional.ofNullable(t.getMessageWithoutStackTop()).orElse("")
            : Optional.ofNullable(cause.getMessage()).orElse("");
    int tips = text.indexOf("\n----");
    String line = (tips < 0 ? text : text.substring(0, tips)).replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? "the template failed" : line;
  }
}
