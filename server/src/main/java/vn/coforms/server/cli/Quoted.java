package vn.coforms.server.cli;

import java.util.Collection;
import vn.coforms.framework.diag.DidYouMean;

/**
 * A value the user typed, quoted into a one-line message: control characters shown as {@code \n} or
 * {@code \u0000}-style escapes (so an argument cannot start a line of its own), and a long value
 * cut to {@link #MOST} characters.
 */
final class Quoted {
  /** Longer than any form id, mode or rule id; a value past it is not a typo of one. */
  static final int MOST = 80;

  private Quoted() {}

  /** {@code 'value'}, escaped and cut. */
  static String of(String value) {
    String cut =
        value.codePointCount(0, value.length()) > MOST
            ? value.substring(0, value.offsetByCodePoints(0, MOST)) + "…"
            : value;
    return "'" + oneLine(cut) + "'";
  }

  /** {@code " (did you mean 'x'?)"} for a value short enough to be a typo, else empty. */
  static String hint(String value, Collection<String> candidates) {
    return value.length() > MOST ? "" : DidYouMean.hint(value, candidates);
  }

  /** {@code text} with every control character escaped, so it prints as one line. */
  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                b.append("\\n");
              } else if (c == '\r') {
                b.append("\\r");
              } else if (c == '\t') {
                b.append("\\t");
              } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
