package vn.coforms.framework.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a certificate back as the JSON document {@link CertificateReader} reads, in field order.
 */
public final class CertificateWriter {
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson(Certificate c) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("form", c.formId());
    Map<String, Object> issuance = new LinkedHashMap<>();
    issuance.put("mode", c.mode().jsonName());
    if (!c.linked().equals(LinkedCertificate.NONE)) {
      Map<String, Object> linked = new LinkedHashMap<>();
      linked.put("number", c.linked().number());
      linked.put("date", c.linked().date());
      linked.put("issuer", c.linked().issuer());
      issuance.put("linked", linked);
    }
    doc.put("issuance", issuance);
    doc.put("fields", c.fields());
    try {
      return json.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a certificate's values are always JSON values", e);
    }
  }
}
