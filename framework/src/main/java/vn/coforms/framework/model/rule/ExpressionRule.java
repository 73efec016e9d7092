package vn.coforms.framework.model.rule;

import java.util.List;

/** A CEL expression that must be true; reported on the rule's first field (or its box). */
public record ExpressionRule(RuleHeader header, Condition check, String expression)
    implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.EXPRESSION;
  }

  @Override
  public List<Violation> check(Scope scope) {
    if (check.test(scope)) {
      return List.of();
    }
    String target = header.fields().isEmpty() ? "" : scope.path(header.fields().get(0));
    return List.of(Violation.at(target));
  }
}
