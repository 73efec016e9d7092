package vn.coforms.framework.model;

import java.util.Set;
import vn.coforms.framework.diag.DidYouMean;

/** A certificate or request names a form id that is not loaded. */
public final class UnknownFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String formId;

  public UnknownFormException(String formId, Set<String> known) {
    super(
        "no form '"
            + formId
            + "' is loaded"
            + DidYouMean.hint(formId, known)
            + "; loaded forms: "
            + String.join(", ", known));
    this.formId = formId;
  }

  public String formId() {
    return formId;
  }
}
