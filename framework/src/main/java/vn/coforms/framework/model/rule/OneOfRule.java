package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.Optional;

/** Every filled listed field must be one of the values. */
public record OneOfRule(RuleHeader header, List<String> values) implements Rule {
  public OneOfRule {
    values = List.copyOf(values);
  }

  @Override
  public RuleKind kind() {
    return RuleKind.ONE_OF;
  }

  @Override
  public List<Violation> check(Scope scope) {
    return FilledFields.check(
        scope,
        header.fields(),
        value -> {
          String v = String.valueOf(value);
          return values.contains(v.strip())
              ? Optional.empty()
              : Optional.of("'" + v + "' is not one of " + values);
        });
  }
}
