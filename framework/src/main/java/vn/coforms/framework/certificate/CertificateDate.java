package vn.coforms.framework.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dates of certificate data: plain ISO {@code yyyy-MM-dd}, a real calendar day, in the
 * years a certificate of origin can carry.
 *
 * <p>The range keeps every date printable as {@code dd/MM/yyyy}, every day count small, and PDF
 * metadata dates valid; 1900 is before any trade agreement in force, 2199 is far beyond any
 * validity period.
 */
public final class CertificateDate {
  /** The earliest year accepted. */
  public static final int MIN_YEAR = 1900;

  /** The latest year accepted. */
  public static final int MAX_YEAR = 2199;

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private CertificateDate() {}

  /**
   * Returns the day {@code text} names, or empty if it is not exactly {@code yyyy-MM-dd}
   * (four-digit year, no sign, no time) of a real day in {@link #MIN_YEAR}–{@link #MAX_YEAR}.
   */
  public static Optional<LocalDate> parse(String text) {
    if (text.length() != 10 || text.charAt(0) == '+' || text.charAt(0) == '-') {
      return Optional.empty();
    }
    try {
      LocalDate day = LocalDate.parse(text, ISO);
      return day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR
          ? Optional.empty()
          : Optional.of(day);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
