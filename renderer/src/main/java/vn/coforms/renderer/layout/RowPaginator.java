package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Distributes item rows over tables: the front page's first, then as many continuation tables as
 * needed. A row moves whole to the next table when it does not fit, and is printed there as the
 * continuation table's columns say; only a row taller than an empty table is split between lines
 * (its rest keeps the text it started with), so nothing is ever cut. Every table but the last keeps
 * the band at its foot free for the marker ("See continuation sheet"), the front's and the middle
 * continuation sheets' alike.
 */
final class RowPaginator {
  static final double ROW_PAD = 0.8;

  private RowPaginator() {}

  /**
   * @param rows the wrapped cells of every row, per column, as the front table prints them
   * @param nextRows the same rows as a continuation table prints them
   * @param firstBody the body height of the front table
   * @param nextBody the body height of a continuation table
   * @param markerBand the height a table followed by another keeps free for the marker (0 for none)
   */
  static List<List<RowPiece>> paginate(
      List<List<Cell>> rows,
      List<List<Cell>> nextRows,
      double sizePt,
      double firstBody,
      double nextBody,
      double markerBand) {
    double lh = FontMetrics.lineHeightMm(sizePt);
    List<List<RowPiece>> tables = new ArrayList<>();
    List<RowPiece> current = new ArrayList<>();
    double left = firstBody;
    double[] restFirst = rest(rows, lh);
    double[] restNext = rest(nextRows, lh);
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> cells = (tables.isEmpty() ? rows : nextRows).get(r);
      boolean continued = false;
      while (true) {
        double need = height(cells, lh);
        // the marker's band is free only for the rows that end the certificate in this table
        double after = (tables.isEmpty() ? restFirst : restNext)[r + 1];
        boolean last = need + after <= left + 1e-6;
        if (need <= left - (last ? 0 : markerBand) + 1e-6) {
          current.add(new RowPiece(r + 1, cells, continued));
          left -= need;
          break;
        }
        int fit = (int) Math.floor((left - markerBand - 2 * ROW_PAD + 1e-6) / lh);
        if (current.isEmpty()) {
          if (fit < 1) {
            throw new RenderException(
                "an item table has no room for a single line of text at " + sizePt + " pt");
          }
          final int k = fit;
          current.add(new RowPiece(r + 1, cells.stream().map(c -> c.head(k)).toList(), continued));
          cells = cells.stream().map(c -> c.tail(k)).toList();
          continued = true;
          if (cells.stream().allMatch(c -> c.lineCount() == 0)) {
            tables.add(current);
            current = new ArrayList<>();
            left = nextBody;
            break;
          }
        }
        tables.add(current);
        current = new ArrayList<>();
        left = nextBody;
        if (!continued) {
          cells = nextRows.get(r);
        }
      }
    }
    tables.add(current);
    return tables;
  }

  private static double height(List<Cell> cells, double lh) {
    int lines = cells.stream().mapToInt(Cell::lineCount).max().orElse(0);
    return Math.max(lines, 1) * lh + 2 * ROW_PAD;
  }

  /** At {@code [r]}, the height of the rows from row {@code r} on, each whole. */
  private static double[] rest(List<List<Cell>> rows, double lh) {
    double[] sums = new double[rows.size() + 1];
    for (int r = rows.size() - 1; r >= 0; r--) {
      sums[r] = sums[r + 1] + height(rows.get(r), lh);
    }
    return sums;
  }
}
