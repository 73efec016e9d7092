package vn.coforms.framework.validate;

import java.math.BigDecimal;
import java.util.Map;

/** A raw value that did not bind, written as the trader entered it, for a finding to show. */
final class RawText {
  private RawText() {}

  /**
   * Text as given; a number in plain notation ({@code 0.5}, never {@code 5E-1}); a map as its
   * number and unit ({@code 0 KGS}) when it has them.
   */
  static String shown(Object raw) {
    if (raw instanceof Number n) {
      return plain(n);
    }
    if (raw instanceof Map<?, ?> m) {
      Object number = m.containsKey("amount") ? m.get("amount") : m.get("value");
      Object unit = m.containsKey("currency") ? m.get("currency") : m.get("unit");
      String shown = number instanceof Number n ? plain(n) : String.valueOf(number);
      return unit == null ? shown : shown + " " + unit;
    }
    return String.valueOf(raw);
  }

  static String plain(Number n) {
    try {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return n.toString();
    }
  }
}
