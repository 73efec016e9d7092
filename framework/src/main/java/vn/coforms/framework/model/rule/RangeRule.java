package vn.coforms.framework.model.rule;

import java.math.BigDecimal;
import java.util.List;
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
            value
                .number()
                .map(BigDecimal::doubleValue)
                .filter(
                    n ->
                        (min.isPresent() && n < min.getAsDouble())
                            || (max.isPresent() && n > max.getAsDouble()))
                .isPresent());
  }
}
