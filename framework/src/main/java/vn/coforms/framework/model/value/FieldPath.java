package vn.coforms.framework.model.value;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a value sits in the certificate data: a top-level field ({@code exporter}) or an item field
 * ({@code items[2].hsCode}, with the 0-based index JSON uses).
 */
public record FieldPath(String field, OptionalInt index, Optional<String> item) {
  public FieldPath {
    requireNonNull(field, "field");
    if (index.isPresent() != item.isPresent()) {
      throw new IllegalArgumentException("an item path has both an index and an item field");
    }
  }

  /** The path of a top-level field (or of a whole group). */
  public static FieldPath of(String field) {
    return new FieldPath(field, OptionalInt.empty(), Optional.empty());
  }

  /** The path of field {@code item} in row {@code index} (0-based) of this group. */
  public FieldPath item(int index, String item) {
    return new FieldPath(field, OptionalInt.of(index), Optional.of(item));
  }

  /** The 1-based row, for an item field. */
  public OptionalInt row() {
    return index.isPresent() ? OptionalInt.of(index.getAsInt() + 1) : OptionalInt.empty();
  }

  @Override
  public String toString() {
    return index.isPresent() ? field + "[" + index.getAsInt() + "]." + item.orElseThrow() : field;
  }
}
