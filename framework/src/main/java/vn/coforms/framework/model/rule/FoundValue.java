package vn.coforms.framework.model.rule;

import java.math.BigDecimal;
import java.util.Map;

/** A raw certificate value written as the trader entered it, for a finding to show. */
final class FoundValue {
  private FoundValue() {}

  /**
   * Text as given; a number in plain notation ({@code 0.5}, never {@code 5E-1}); a money or
   * quantity value as its number and unit ({@code 0 KGS}, {@code 12.5 USD}).
   */
  static String text(Object raw) {
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

  private static String plain(Number n) {
    try {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return n.toString();
    }
  }
}
