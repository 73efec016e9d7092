package vn.coforms.framework.model.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The loop the value rules share: test each filled listed field, report the ones with a problem.
 */
final class FilledFields {
  private FilledFields() {}

  /**
   * @param problem what is wrong with a filled value, or empty when it passes
   */
  static List<Violation> check(
      Scope scope, List<String> fields, Function<Object, Optional<String>> problem) {
    List<Violation> out = new ArrayList<>();
    for (String f : fields) {
      scope
          .value(f)
          .filter(Scope::isFilled)
          .flatMap(problem)
          .ifPresent(detail -> out.add(new Violation(scope.path(f), detail)));
    }
    return out;
  }
}
