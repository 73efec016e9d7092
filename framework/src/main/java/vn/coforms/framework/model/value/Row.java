package vn.coforms.framework.model.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One item row: its 0-based index and its bound values by item field id, in document order. */
public record Row(int index, Map<String, FieldValue> values) {
  public Row {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Optional<FieldValue> value(String field) {
    return Optional.ofNullable(values.get(field));
  }
}
