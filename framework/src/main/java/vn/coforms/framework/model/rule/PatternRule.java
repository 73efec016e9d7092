package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.regex.Pattern;
import vn.coforms.framework.model.RegexBudget;

/**
 * Every filled listed field must match the whole regular expression, within {@link
 * RegexBudget#STEPS} (past it, the check throws and the engine reports {@code rule.failed}).
 */
public record PatternRule(RuleHeader header, Pattern regex) implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.PATTERN;
  }

  @Override
  public List<Violation> check(Scope scope) {
    return FilledFields.check(
        scope, header.fields(), value -> !RegexBudget.matches(regex, value.text().strip()));
  }
}
