package vn.coforms.framework.model;

import java.time.LocalDate;
import java.util.Optional;

/** A fee per C/O set, valid from {@code from} to {@code to} inclusive. */
public record Fee(
    LocalDate from,
    Optional<LocalDate> to,
    long issue,
    long reissue,
    String currency,
    String source) {
  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(from) && to.map(t -> !day.isAfter(t)).orElse(true);
  }
}
