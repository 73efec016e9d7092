package vn.coforms.framework.model.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every filled listed field must match the whole regular expression. */
public record PatternRule(RuleHeader header, Pattern regex) implements Rule {
  @Override
  public String kind() {
    return "pattern";
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
                if (!regex.matcher(v.strip()).matches()) {
                  out.add(
                      new Violation(
                          scope.path(f), "'" + v + "' does not match " + regex.pattern()));
                }
              });
    }
    return out;
  }
}
