package vn.coforms.server.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the screens: Vietnamese by default, English on request. */
enum Language {
  VI("vi"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The code used in {@code ?lang=}, the cookie and {@code <html lang>}. */
  String code() {
    return code;
  }

  Locale locale() {
    return Locale.forLanguageTag(code);
  }

  static Optional<Language> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
