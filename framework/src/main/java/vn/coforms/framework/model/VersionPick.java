package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The version of a form a certificate is checked and printed against, and, when no version applies
 * to the certificate's date and importing party, why (the form then is the version the certificate
 * named).
 *
 * @param miss what the certificate's date and party are and which windows the versions have
 */
public record VersionPick(FormDefinition form, Optional<String> miss) {
  public VersionPick {
    requireNonNull(form, "form");
    requireNonNull(miss, "miss");
  }
}
