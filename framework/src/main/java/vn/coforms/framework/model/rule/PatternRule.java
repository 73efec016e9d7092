package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Every filled listed field must match the whole regular expression. */
public record PatternRule(RuleHeader header, Pattern regex) implements Rule {
  @Override
  public String kind() {
    return "pattern";
  }

  @Override
  public List<Violation> check(Scope scope) {
    return FilledFields.check(
        scope,
        header.fields(),
        value -> {
          String v = String.valueOf(value);
          return regex.matcher(v.strip()).matches()
              ? Optional.empty()
              : Optional.of("'" + v + "' does not match " + regex.pattern());
        });
  }
}
