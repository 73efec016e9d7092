package vn.coforms.framework.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.Bilingual;

/**
 * Adds what was found to a rule's message, in both languages: {@code Found: 'VN-SG 2026/1'.},
 * {@code Found: 'Coffee', the same as in row 1.}
 */
final class FoundText {
  /** Longer values are cut here (code points), so one finding stays one readable line. */
  static final int MAX_SHOWN = 80;

  private FoundText() {}

  static Bilingual append(Bilingual message, Optional<String> found, OptionalInt sameAsRow) {
    if (found.isEmpty()) {
      return message;
    }
    String shown = shown(found.get());
    String en = " Found: " + shown;
    String vi = " Giá trị đã ghi: " + shown;
    if (sameAsRow.isPresent()) {
      en += ", the same as in row " + sameAsRow.getAsInt();
      vi += ", trùng với dòng " + sameAsRow.getAsInt();
    }
    return new Bilingual(message.en() + en + ".", message.vi() + vi + ".");
  }

  /**
   * The value in quotes, cut at {@link #MAX_SHOWN} code points, with control and format characters
   * (line breaks, bidi overrides) written as {@code \\uXXXX} so they cannot reshape the line.
   */
  static String shown(String value) {
    StringBuilder b = new StringBuilder("'");
    int[] cps = value.codePoints().toArray();
    for (int i = 0; i < Math.min(cps.length, MAX_SHOWN); i++) {
      int cp = cps[i];
      int type = Character.getType(cp);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        b.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    }
    if (cps.length > MAX_SHOWN) {
      b.append('…');
    }
    return b.append('\'').toString();
  }
}
