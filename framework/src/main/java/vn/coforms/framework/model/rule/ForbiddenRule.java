package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.stream.Collectors;

/** No listed field may be filled (when the condition holds). */
public record ForbiddenRule(RuleHeader header) implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.FORBIDDEN;
  }

  @Override
  public List<Violation> check(Scope scope) {
    return header.fields().stream()
        .filter(scope::filled)
        .map(f -> Violation.at(scope.path(f)))
        .collect(Collectors.toList());
  }
}
