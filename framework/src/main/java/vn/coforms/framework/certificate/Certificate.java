package vn.coforms.framework.certificate;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.model.IssuanceMode;

/**
 * The data of one certificate: the form it is for, how it is issued, and the field values keyed by
 * the form's field ids (item rows under their group id).
 *
 * <p>Values are what JSON gives: String, Boolean, Number, Map (money, quantity, item rows) and List
 * (groups). The map keeps the order of the document. Immutable. This is the document as received,
 * for storing and attaching; readers use the typed values of a {@link BoundCertificate} (see {@code
 * CertificateValidator.bind}).
 */
public record Certificate(
    String formId, IssuanceMode mode, LinkedCertificate linked, Map<String, Object> fields) {
  public Certificate {
    requireNonNull(formId, "formId");
    requireNonNull(mode, "mode");
    requireNonNull(linked, "linked");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The rows of a group, each a map of item field values; empty if absent. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(String group) {
    Object v = fields.get(group);
    return v instanceof List ? (List<Map<String, Object>>) v : List.of();
  }

  /** Returns a copy with one more or one replaced top-level field value. */
  public Certificate with(String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put(field, value);
    return new Certificate(formId, mode, linked, copy);
  }
}
