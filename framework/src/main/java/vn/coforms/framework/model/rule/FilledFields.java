package vn.coforms.framework.model.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.coforms.framework.model.value.FieldValue;

/**
 * The loop the value rules share: test each filled listed field, report the ones with a problem.
 */
final class FilledFields {
  private FilledFields() {}

  /**
   * @param breaks whether a filled value breaks the rule; such a value is reported as found
   */
  static List<Violation> check(Scope scope, List<String> fields, Predicate<FieldValue> breaks) {
    List<Violation> out = new ArrayList<>();
    for (String f : fields) {
      scope
          .value(f)
          .filter(FieldValue::filled)
          .filter(breaks)
          .ifPresent(value -> out.add(Violation.found(scope.path(f), value)));
    }
    return out;
  }
}
