package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The certificate data a rule sees: the whole certificate, or one item row (whose lookups fall back
 * to the certificate's top-level fields).
 */
public interface Scope {
  /** The raw value of a field in this scope: String, Boolean, Number, Map or List. */
  Optional<Object> value(String field);

  /** The 1-based item row, for a row scope. */
  OptionalInt row();

  /** The rows of a group, each a row scope. */
  List<Scope> rows(String group);

  /** The path of a field in this scope, e.g. {@code items[3].fob} (0-based index, as in JSON). */
  String path(String field);

  /** The variables an expression sees in this scope (see docs/format.md, rules). */
  Map<String, Object> variables();

  /** Whether the field holds something: not absent, not blank text, not an empty map or list. */
  default boolean filled(String field) {
    return value(field).map(Scope::isFilled).orElse(false);
  }

  static boolean isFilled(Object v) {
    if (v instanceof String s) {
      return !s.isBlank();
    }
    if (v instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(x -> x != null && isFilled(x));
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Boolean b) {
      return b;
    }
    return true;
  }
}
