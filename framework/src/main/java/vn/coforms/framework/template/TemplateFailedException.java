package vn.coforms.framework.template;

import vn.coforms.framework.model.layout.Template;

/** A template failed while rendering real data; names where the template was declared. */
public final class TemplateFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TemplateFailedException(Template template, Exception cause) {
    super("template at " + template.at() + " failed: " + cause.getMessage(), cause);
  }
}
