package vn.coforms.renderer.layout;

import java.util.List;

/** The part of one item row that goes into one table: the wrapped lines of each column. */
record RowPiece(int row, List<List<String>> cells, boolean continued) {
  RowPiece {
    cells = cells.stream().map(List::copyOf).toList();
  }

  int lineCount() {
    return cells.stream().mapToInt(List::size).max().orElse(0);
  }
}
