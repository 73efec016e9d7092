package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a word with no space may break: right after a {@code -}, a {@code /} or a {@code ,}, never
 * inside a number such as {@code 3,118.50} (a comma between two digits is a thousands separator).
 */
final class BreakPoints {
  private BreakPoints() {}

  /** The pieces of a word, each ending at a break point (the last one at the word's end). */
  static List<String> pieces(String word) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < word.length() - 1; i++) {
      if (breaksAfter(word, i)) {
        out.add(word.substring(start, i + 1));
        start = i + 1;
      }
    }
    out.add(word.substring(start));
    return out;
  }

  /** Whether a line may end right after {@code word.charAt(i)}. */
  static boolean breaksAfter(String word, int i) {
    char c = word.charAt(i);
    if (c == '-' || c == '/') {
      return true;
    }
    return c == ','
        && !(i > 0
            && i + 1 < word.length()
            && Character.isDigit(word.charAt(i - 1))
            && Character.isDigit(word.charAt(i + 1)));
  }
}
