package vn.coforms.framework.model.rule;

import java.util.ArrayList;
import java.util.List;

/** Every filled listed field must be one of the values. */
public record OneOfRule(RuleHeader header, List<String> values) implements Rule {
  public OneOfRule {
    values = List.copyOf(values);
  }

  @Override
  public String kind() {
    return "one-of";
  }

  @Override
  public List<Violation> check(Scope scope) {
    List<Violation> out = new ArrayList<>();
    for (String f : header.fields()) {
      scope
          .value(f)
          .filter(Scope::isFilled)
          .map(String::valueOf)
          .ifPresent(
              v -> {
                if (!values.contains(v.strip())) {
                  out.add(new Violation(scope.path(f), "'" + v + "' is not one of " + values));
                }
              });
    }
    return out;
  }
}
