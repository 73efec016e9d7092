package vn.coforms.framework.certificate;

import static java.util.Objects.requireNonNull;

import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.value.FieldValues;

/**
 * A certificate whose data has been bound to its form's field types: the document as received
 * ({@code source}, kept for storing and attaching) and the typed {@code values} every reader uses.
 */
public record BoundCertificate(Certificate source, FieldValues values) {
  public BoundCertificate {
    requireNonNull(source, "source");
    requireNonNull(values, "values");
  }

  public String formId() {
    return source.formId();
  }

  public IssuanceMode mode() {
    return source.mode();
  }

  public LinkedCertificate linked() {
    return source.linked();
  }
}
