package vn.coforms.framework.model.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.value.FieldValue;

/**
 * The certificate data a rule sees: the whole certificate, or one item row (whose lookups fall back
 * to the certificate's top-level fields).
 */
public interface Scope {
  /** The bound value of a field in this scope; empty when the data does not hold it. */
  Optional<FieldValue> value(String field);

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
    return value(field).map(FieldValue::filled).orElse(false);
  }
}
