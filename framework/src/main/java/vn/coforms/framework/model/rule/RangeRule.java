package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Every filled numeric field (a number, a money amount or a quantity value) must lie in range. */
public record RangeRule(RuleHeader header, OptionalDouble min, OptionalDouble max) implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.RANGE;
  }

  @Override
  public List<Violation> check(Scope scope) {
    return FilledFields.check(
        scope,
        header.fields(),
        value ->
            number(value)
                .filter(
                    n ->
                        (min.isPresent() && n < min.getAsDouble())
                            || (max.isPresent() && n > max.getAsDouble()))
                .isPresent());
  }

  static Optional<Double> number(Object v) {
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    if (v instanceof Map<?, ?> m) {
      Object inner = m.containsKey("amount") ? m.get("amount") : m.get("value");
      return inner instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }
    return Optional.empty();
  }
}
