package vn.coforms.framework.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The bounds every number of certificate data keeps: finite, at most {@value #MAX_DECIMALS}
 * decimals and {@value #MAX_SIGNIFICANT_DIGITS} significant digits, below a maximum.
 *
 * <p>Fifteen significant digits is what a {@code double} (the type rules compare with) carries
 * exactly, so a rule never judges a rounded value; four decimals cover unit prices and weights;
 * {@link #DEFAULT_MAX} (10^13, ten trillion USD or kilograms) is beyond any consignment yet keeps
 * every amount printable on one line.
 */
final class NumberBounds {
  static final int MAX_DECIMALS = 4;
  static final int MAX_SIGNIFICANT_DIGITS = 15;
  static final BigDecimal DEFAULT_MAX = BigDecimal.TEN.pow(13);

  private NumberBounds() {}

  /** The exact value of a number as read from JSON or YAML; empty for infinity and NaN. */
  static Optional<BigDecimal> exact(Number n) {
    if (n instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (n instanceof BigInteger i) {
      return Optional.of(new BigDecimal(i));
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(n.longValue()));
  }

  static int decimals(BigDecimal n) {
    return Math.max(0, n.stripTrailingZeros().scale());
  }

  static int significantDigits(BigDecimal n) {
    return n.stripTrailingZeros().precision();
  }

  /** The number as a reader wrote it, shortened to six digits when it is long. */
  static String display(BigDecimal n) {
    return n.precision() <= 20 && Math.abs(n.scale()) <= 20
        ? n.toPlainString()
        : n.round(new MathContext(6, RoundingMode.DOWN)).toString();
  }
}
