package vn.coforms.framework.template;

import vn.coforms.framework.model.layout.Template;

/**
 * A template failed while rendering real data; the message names where the template is declared and
 * why, in one line, without FreeMarker's own stack text.
 */
public final class TemplateFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Template template;
  private final String problem;

  public TemplateFailedException(Template template, String why) {
    super("template at " + template.at() + " failed: " + why);
    this.template = template;
    this.problem = why;
  }

  /** The template that failed, with where it was declared. */
  public Template template() {
    return template;
  }

  /** What went wrong, in one line without FreeMarker's stack text. */
  public String problem() {
    return problem;
  }
}
