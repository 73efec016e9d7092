package vn.coforms.framework.model.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bound values of one certificate by top-level field id, in document order; a field that is
 * absent from the data has no entry.
 */
public record FieldValues(Map<String, FieldValue> values) {
  public FieldValues {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Optional<FieldValue> value(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /** The value as written, or blank when absent. */
  public String text(String field) {
    return value(field).map(FieldValue::text).orElse("");
  }

  /** Whether the tick box {@code field} is ticked. */
  public boolean ticked(String field) {
    return value(field)
        .filter(FieldValue.Tick.class::isInstance)
        .map(FieldValue::filled)
        .orElse(false);
  }

  /** The rows of group {@code field}; empty when absent. */
  public List<Row> rows(String field) {
    return value(field)
        .filter(FieldValue.Rows.class::isInstance)
        .map(v -> ((FieldValue.Rows) v).rows())
        .orElse(List.of());
  }
}
