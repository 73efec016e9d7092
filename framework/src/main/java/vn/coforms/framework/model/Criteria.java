package vn.coforms.framework.model;

import java.util.List;
import java.util.Optional;

/** The origin-criterion grammar of a form: its kinds, in the order of the overleaf table. */
public record Criteria(String heading, String insertHeading, List<CriterionKind> kinds) {
  public Criteria {
    kinds = List.copyOf(kinds);
  }

  /**
   * Returns the first kind whose pattern matches the whole value (trimmed).
   *
   * @throws RegexBudgetExceededException if a kind's pattern needs more than {@link
   *     RegexBudget#STEPS} on the value
   */
  public Optional<CriterionKind> classify(String value) {
    String v = value.strip();
    return kinds.stream().filter(k -> k.matches(v)).findFirst();
  }
}
