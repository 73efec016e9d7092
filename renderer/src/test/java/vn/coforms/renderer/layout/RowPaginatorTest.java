package vn.coforms.renderer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.coforms.renderer.fonts.FontMetrics;

class RowPaginatorTest {
  static final double SIZE = 9;
  static final double LINE = FontMetrics.lineHeightMm(SIZE);
  static final double ROW = LINE + 2 * RowPaginator.ROW_PAD;
  static final double BAND = LINE + RowPaginator.ROW_PAD;

  /** {@code n} rows of one line each, in one column. */
  static List<List<Cell>> rows(int n) {
    List<List<Cell>> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(List.of(new Cell(SIZE, List.of("item " + i))));
    }
    return out;
  }

  static double height(List<RowPiece> table) {
    return table.stream().mapToDouble(p -> Math.max(p.lineCount(), 1) * LINE).sum()
        + table.size() * 2 * RowPaginator.ROW_PAD;
  }

  @Test
  void everyTableFollowedByAnotherKeepsTheMarkersBandFree() {
    // bodies of exactly ten rows: the front and each middle continuation table must stop at nine
    List<List<Cell>> rows = rows(28);
    List<List<RowPiece>> tables = RowPaginator.paginate(rows, rows, SIZE, 10 * ROW, 10 * ROW, BAND);

    assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
    for (List<RowPiece> table : tables.subList(0, tables.size() - 1)) {
      assertThat(height(table)).isLessThanOrEqualTo(10 * ROW - BAND + 1e-6);
    }
    assertThat(tables.stream().mapToInt(List::size).sum()).isEqualTo(28);
  }

  @Test
  void theTableThatEndsTheCertificateUsesItsWholeBody() {
    List<List<Cell>> rows = rows(20);
    List<List<RowPiece>> tables = RowPaginator.paginate(rows, rows, SIZE, 10 * ROW, 11 * ROW, BAND);

    // nine on the front, then the last eleven fill the continuation table, band included
    assertThat(tables).extracting(List::size).containsExactly(9, 11);
  }

  @Test
  void rowsThatAllFitStayOnTheFrontWithoutAMarker() {
    List<List<Cell>> rows = rows(10);
    List<List<RowPiece>> tables = RowPaginator.paginate(rows, rows, SIZE, 10 * ROW, 10 * ROW, BAND);

    assertThat(tables).extracting(List::size).isEqualTo(Collections.singletonList(10));
  }
}
