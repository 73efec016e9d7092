package vn.coforms.framework.template;

import vn.coforms.framework.model.layout.Template;

/**
 * A template failed while rendering real data; the message names where the template is declared and
 * why, in one line, without FreeMarker's own stack text.
 */
public final class TemplateFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateFailedException(Template template, String why) {
    super("template at " + template.at() + " failed: " + why);
  }
}
