package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.coforms.framework.diag.SourceRef;

/**
 * What makes a form file one version of a form: the form id certificates name ({@code of}), the
 * version's name, the days it applies to (from {@code from} to {@code until}, both included; no
 * {@code until} is open-ended) and, optionally, the importing parties it is limited to, read from
 * {@code importerField}. A version limited to importers takes precedence over one that is not on
 * the days both apply.
 *
 * @param at where the {@code version} key is written (for lint)
 * @param ofAt where the value of {@code version.of} is written
 */
public record FormVersion(
    String of,
    String name,
    LocalDate from,
    Optional<LocalDate> until,
    List<String> importers,
    Optional<String> importerField,
    SourceRef at,
    SourceRef ofAt) {
  public FormVersion {
    requireNonNull(of, "of");
    requireNonNull(name, "name");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    importers = List.copyOf(importers);
    requireNonNull(importerField, "importerField");
    requireNonNull(at, "at");
    requireNonNull(ofAt, "ofAt");
  }

  /** Whether {@code day} lies in this version's window. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  /** Whether this version is limited to some importing parties. */
  public boolean limited() {
    return !importers.isEmpty();
  }

  /** The window and parties in words: {@code 2015-11-09 to 2025-08-20 (for AU, NZ)}. */
  public String window() {
    return from
        + until.map(u -> " to " + u).orElse(" onwards")
        + (importers.isEmpty() ? "" : " (importing " + String.join(", ", importers) + ")");
  }
}
