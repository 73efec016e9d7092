package vn.coforms.framework.validate;

import java.util.Locale;
import vn.coforms.framework.model.Bilingual;

/**
 * Formats the bilingual messages of the built-in checks; both languages take the same arguments.
 */
final class Messages {
  private Messages() {}

  static Bilingual of(String en, String vi, Object... args) {
    return new Bilingual(
        String.format(Locale.ROOT, en, args), String.format(Locale.ROOT, vi, args));
  }
}
