package vn.coforms.server.http;

import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FormDefinition;

/** Refuses a certificate posted to another form's route. */
final class FormMatch {
  private FormMatch() {}

  /**
   * Checks that {@code certificate} is of {@code form}: names it, or, for a version of a form,
   * names the form it is a version of (validation then picks the version by the certificate's
   * dates).
   *
   * @param action the last path segment, to name the right route in the fix
   * @throws ProblemException {@code form-mismatch} (422) if it is not
   */
  static void require(FormDefinition form, Certificate certificate, String action) {
    boolean sameForm =
        certificate.formId().equals(form.id())
            || form.version().map(v -> v.of().equals(certificate.formId())).orElse(false);
    if (!sameForm) {
      throw new ProblemException(
          new Problem(
              "form-mismatch",
              "Certificate is for another form",
              422,
              "the body is a certificate of form '"
                  + certificate.formId()
                  + "', posted to form '"
                  + form.id()
                  + "'; post it to /api/forms/"
                  + certificate.formId()
                  + "/"
                  + action
                  + " or correct its 'form'"));
    }
  }
}
