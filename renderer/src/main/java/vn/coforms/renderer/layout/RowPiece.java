package vn.coforms.renderer.layout;

import java.util.List;

/** The part of one item row that goes into one table: the wrapped lines of each column. */
record RowPiece(int row, List<Cell> cells, boolean continued) {
  RowPiece {
    cells = List.copyOf(cells);
  }

  int lineCount() {
    return cells.stream().mapToInt(Cell::lineCount).max().orElse(0);
  }
}
