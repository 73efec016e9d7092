package vn.coforms.testkit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in a certificate: a top-level field, or an item field of one row of a group.
 *
 * @param group the group of an item field; null for a top-level field
 * @param row the 0-based row of an item field; -1 for a top-level field
 */
record Slot(@Nullable String group, int row, String field) {
  private static final Pattern PATH = Pattern.compile("^(\\w+)(?:\\[(\\d+)\\](?:\\.(\\w+))?)?");

  static Slot top(String field) {
    return new Slot(null, -1, field);
  }

  static Slot item(String group, int row, String field) {
    return new Slot(group, row, field);
  }

  /** The slot of a finding's path ({@code items[2].fob.amount} is row 2's {@code fob}). */
  static Optional<Slot> parse(String path) {
    Matcher m = PATH.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    if (m.group(2) == null) {
      return Optional.of(top(m.group(1)));
    }
    String child = m.group(3);
    return child == null
        ? Optional.empty()
        : Optional.of(item(m.group(1), Integer.parseInt(m.group(2)), child));
  }

  boolean inRow() {
    return group != null;
  }

  /** The same item field in another row; a top-level slot stays as it is. */
  Slot atRow(int otherRow) {
    return group == null ? this : item(group, otherRow, field);
  }

  @Override
  public String toString() {
    return group == null ? field : group + "[" + row + "]." + field;
  }
}
