package vn.coforms.framework.certificate;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The certificate document as written in JSON or YAML, bound only after {@link EnvelopeCheck} has
 * checked its shape against {@code envelope.schema.json}. Package-private: the document shape is
 * not the API.
 */
record CertificateEnvelope(
    @Nullable String form, @Nullable IssuanceDocument issuance, Map<String, Object> fields) {

  record IssuanceDocument(@Nullable String mode, @Nullable LinkedDocument linked) {}

  record LinkedDocument(@Nullable String number, @Nullable String date, @Nullable String issuer) {}
}
