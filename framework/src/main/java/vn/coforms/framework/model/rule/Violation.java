package vn.coforms.framework.model.rule;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.value.FieldValue;

/**
 * What a rule reports: the offending field path, the value found there (for rules that judge a
 * value: pattern, one-of, range, unique) and, for {@code unique}, the earlier row holding the same
 * value.
 *
 * @param found the value as the trader entered it, e.g. {@code VN-SG 2026/02/123} or {@code 0 KGS}
 * @param sameAsRow the 1-based row that first held the value a {@code unique} rule saw repeated
 */
public record Violation(String fieldPath, Optional<String> found, OptionalInt sameAsRow) {
  public Violation {
    requireNonNull(fieldPath, "fieldPath");
  }

  /** A violation of a rule about presence or a condition: no single value is at fault. */
  public static Violation at(String fieldPath) {
    return new Violation(fieldPath, Optional.empty(), OptionalInt.empty());
  }

  /** A value that breaks the rule. */
  static Violation found(String fieldPath, FieldValue value) {
    return new Violation(fieldPath, Optional.of(value.text()), OptionalInt.empty());
  }

  /** A value that repeats the one in an earlier row. */
  static Violation repeats(String fieldPath, FieldValue value, int firstRow) {
    return new Violation(fieldPath, Optional.of(value.text()), OptionalInt.of(firstRow));
  }
}
