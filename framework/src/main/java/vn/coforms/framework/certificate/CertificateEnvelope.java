package vn.coforms.framework.certificate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The certificate document as written in JSON or YAML, checked with Bean Validation before it
 * becomes a {@link Certificate}. Package-private: the document shape is not the API.
 */
record CertificateEnvelope(
    @NotBlank(message = "names no form: add \"form\": \"<form id>\"")
        @Pattern(
            regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "must be a form id such as \"d\" or \"eur1-evfta\"")
        @Nullable String form,
    @Valid @Nullable IssuanceDocument issuance,
    @NotNull(message = "is missing: add \"fields\": { … } with the certificate's field values")
        Map<String, Object> fields) {

  record IssuanceDocument(
      @NotBlank(message = "names no mode")
          @Pattern(
              regexp = "normal|retroactive|certifiedTrueCopy|replacement|backToBack",
              message =
                  "must be one of normal, retroactive, certifiedTrueCopy, replacement, backToBack")
          @Nullable String mode,
      @Valid @Nullable LinkedDocument linked) {}

  record LinkedDocument(
      @Size(max = 64, message = "is longer than 64 characters") @Nullable String number,
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date written YYYY-MM-DD")
          @Nullable String date,
      @Size(max = 200, message = "is longer than 200 characters") @Nullable String issuer) {}
}
