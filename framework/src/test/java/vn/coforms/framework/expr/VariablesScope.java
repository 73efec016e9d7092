package vn.coforms.framework.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.rule.Scope;
import vn.coforms.framework.model.value.FieldValue;

/**
 * A certificate scope that is nothing but its variables: every envelope variable (mode {@code
 * normal}, no linked certificate, the given day as {@code today}) plus the given values.
 */
record VariablesScope(Map<String, Object> variables) implements Scope {
  static VariablesScope of(String today, Map<String, Object> values) {
    Map<String, Object> all = new HashMap<>();
    for (EnvelopeVariable v : EnvelopeVariable.values()) {
      all.put(
          v.id(),
          switch (v) {
            case MODE -> "normal";
            case TODAY -> today;
            case LINKED_NUMBER, LINKED_DATE, LINKED_ISSUER -> "";
          });
    }
    all.putAll(values);
    return new VariablesScope(all);
  }

  /** Expressions read {@link #variables()}; no bound values stand behind them here. */
  @Override
  public Optional<FieldValue> value(String field) {
    return Optional.empty();
  }

  @Override
  public OptionalInt row() {
    return OptionalInt.empty();
  }

  @Override
  public List<Scope> rows(String group) {
    return List.of();
  }

  @Override
  public String path(String field) {
    return field;
  }
}
