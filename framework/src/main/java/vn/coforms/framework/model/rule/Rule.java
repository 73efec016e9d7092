package vn.coforms.framework.model.rule;

import java.util.List;

/**
 * A cross-field rule. The kinds are a closed vocabulary ({@link RuleKind}); each kind checks
 * itself.
 *
 * <p>A rule with {@code forEach} is checked once per row of that group (except {@link UniqueRule},
 * which compares the rows); the engine evaluates {@code when} before {@link #check}.
 */
public sealed interface Rule
    permits RequiredRule,
        ForbiddenRule,
        PatternRule,
        OneOfRule,
        RangeRule,
        UniqueRule,
        ExpressionRule {

  RuleHeader header();

  /** The kind of rule; its YAML name is {@link RuleKind#yaml()}. */
  RuleKind kind();

  /** Checks the rule in a scope whose {@code when} condition holds. */
  List<Violation> check(Scope scope);

  default boolean perRow() {
    return header().forEach().isPresent();
  }

  default String id() {
    return header().id();
  }
}
