package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.stream.Collectors;

/** Every listed field must be filled (when the condition holds). */
public record RequiredRule(RuleHeader header) implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.REQUIRED;
  }

  @Override
  public List<Violation> check(Scope scope) {
    return header.fields().stream()
        .filter(f -> !scope.filled(f))
        .map(f -> Violation.at(scope.path(f)))
        .collect(Collectors.toList());
  }
}
