package vn.coforms.renderer.layout;

import java.util.List;

/**
 * The wrapped lines of one table cell and the size they are printed at: the table's size, or less
 * where a token would otherwise have to be broken.
 */
record Cell(double sizePt, List<String> lines) {
  Cell {
    lines = List.copyOf(lines);
  }

  static Cell of(FittedText fitted) {
    return new Cell(fitted.sizePt(), fitted.lines());
  }

  static Cell empty(double sizePt) {
    return new Cell(sizePt, List.of());
  }

  int lineCount() {
    return lines.size();
  }

  /** The first {@code n} lines (all of them when there are fewer). */
  Cell head(int n) {
    return new Cell(sizePt, lines.subList(0, Math.min(n, lines.size())));
  }

  /** The lines after the first {@code n}. */
  Cell tail(int n) {
    return new Cell(sizePt, lines.subList(Math.min(n, lines.size()), lines.size()));
  }
}
