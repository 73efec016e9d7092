package vn.coforms.framework.diag;

import static java.util.Objects.requireNonNull;

/**
 * A position in a definition or data file: {@code file:line:column}, 1-based.
 *
 * <p>{@link #UNKNOWN} stands for "no position known", e.g. for values built in code.
 */
public record SourceRef(String file, int line, int column) {
  public static final SourceRef UNKNOWN = new SourceRef("<unknown>", 0, 0);

  public SourceRef {
    requireNonNull(file, "file");
  }

  public static SourceRef of(String file) {
    return new SourceRef(file, 0, 0);
  }

  /**
   * Returns this position moved by a line and column offset inside an embedded text (CEL,
   * template).
   */
  public SourceRef shift(int lines, int columnIfSameLine) {
    return lines == 0
        ? new SourceRef(file, line, column + columnIfSameLine)
        : new SourceRef(file, line + lines, columnIfSameLine + 1);
  }

  @Override
  public String toString() {
    return line <= 0 ? file : file + ":" + line + ":" + column;
  }
}
