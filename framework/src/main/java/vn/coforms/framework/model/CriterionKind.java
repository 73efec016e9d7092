package vn.coforms.framework.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.SourceRef;

/** One row of a form's origin-criterion table and the grammar of what goes into the box. */
public record CriterionKind(
    String id,
    Pattern pattern,
    boolean usesRvc,
    Optional<RvcBounds> rvc,
    String circumstance,
    String insert,
    SourceRef at) {

  /**
   * Returns whether the whole value is of this kind.
   *
   * @throws RegexBudgetExceededException if the pattern needs more than {@link RegexBudget#STEPS}
   */
  public boolean matches(String value) {
    return RegexBudget.matches(pattern, value);
  }

  /**
   * Returns the RVC percentage captured by the {@code rvc} group, if this kind captures one.
   *
   * @throws RegexBudgetExceededException if the pattern needs more than {@link RegexBudget#STEPS}
   */
  public OptionalDouble rvcOf(String value) {
    Matcher m = RegexBudget.matcher(pattern, value);
    if (!m.matches() || !pattern.pattern().contains("(?<rvc>")) {
      return OptionalDouble.empty();
    }
    String group = m.group("rvc");
    return group == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(group));
  }
}
