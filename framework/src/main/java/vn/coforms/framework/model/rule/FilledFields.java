package vn.coforms.framework.model.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The loop the value rules share: test each filled listed field, report the ones with a problem.
 */
final class FilledFields {
  private FilledFields() {}

  /**
   * @param breaks whether a filled value breaks the rule; such a value is reported as found
   */
  static List<Violation> check(Scope scope, List<String> fields, Predicate<Object> breaks) {
    List<Violation> out = new ArrayList<>();
    for (String f : fields) {
      scope
          .value(f)
          .filter(Scope::isFilled)
          .filter(breaks)
          .ifPresent(value -> out.add(Violation.found(scope.path(f), value)));
    }
    return out;
  }
}
