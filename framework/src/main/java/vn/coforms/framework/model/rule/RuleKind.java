package vn.coforms.framework.model.rule;

import java.util.Optional;

/**
 * The closed vocabulary of rule kinds, one per record permitted by {@link Rule}, with the name a
 * form file writes as {@code kind:}. The loader switches over it without a default, so a new kind
 * does not compile until the loader builds it; {@code ClosedKindsTest} checks that it lists exactly
 * the permitted records and that the schema offers exactly its names.
 */
public enum RuleKind {
  REQUIRED("required", RequiredRule.class),
  FORBIDDEN("forbidden", ForbiddenRule.class),
  PATTERN("pattern", PatternRule.class),
  ONE_OF("one-of", OneOfRule.class),
  RANGE("range", RangeRule.class),
  UNIQUE("unique", UniqueRule.class),
  EXPRESSION("expression", ExpressionRule.class);

  private final String yaml;
  private final Class<? extends Rule> type;

  RuleKind(String yaml, Class<? extends Rule> type) {
    this.yaml = yaml;
    this.type = type;
  }

  /** The name written as {@code kind:} in a form file. */
  public String yaml() {
    return yaml;
  }

  /** The record that carries this kind. */
  public Class<? extends Rule> type() {
    return type;
  }

  /** The kind written as {@code kind: name}, if there is one. */
  public static Optional<RuleKind> ofYaml(String name) {
    for (RuleKind k : values()) {
      if (k.yaml.equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
