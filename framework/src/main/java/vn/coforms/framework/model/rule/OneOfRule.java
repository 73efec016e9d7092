package vn.coforms.framework.model.rule;

import java.util.List;

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
        scope, header.fields(), value -> !values.contains(value.text().strip()));
  }
}
