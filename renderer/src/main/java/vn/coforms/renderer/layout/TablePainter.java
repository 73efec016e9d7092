package vn.coforms.renderer.layout;

import java.util.List;
import java.util.Optional;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Align;
import vn.coforms.framework.model.layout.Column;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.FontSpec;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Paints an item table: frame, column rules, header labels, the rows given to it, the marker or the
 * closing rule.
 */
final class TablePainter {
  private final Sheet sheet;
  private final Texts texts;
  private final FormDefinition form;

  TablePainter(Sheet sheet, Texts texts, FormDefinition form) {
    this.sheet = sheet;
    this.texts = texts;
    this.form = form;
  }

  /**
   * Paints the table with its share of the rows; the table holding the last rows ({@code last}) is
   * closed by a rule right below them, so nothing can be added under the last item.
   */
  void paint(Element.Table t, List<RowPiece> rows, Optional<String> marker, boolean last) {
    Rect r = t.rect();
    sheet.frame(r, 0.6);
    double headerBottom = r.y().value() + t.headerHeight().value();
    double size = form.layout().font().size();
    double lh = FontMetrics.lineHeightMm(size);
    double band = lh + RowPaginator.ROW_PAD;
    double rulesEnd = marker.isPresent() ? r.bottom().value() - band : r.bottom().value();
    sheet.line(r.x().value(), headerBottom, r.right().value(), headerBottom, 0.6);
    double x = r.x().value();
    FontSpec lf = form.layout().labelFont();
    for (int c = 0; c < t.columns().size(); c++) {
      Column col = t.columns().get(c);
      Rect head = Rect.of(x, r.y().value(), col.width().value(), t.headerHeight().value());
      FittedText label =
          texts
              .fitter(Face.REGULAR)
              .fit(
                  texts.nfc(col.label()),
                  Sheet.innerWidth(head),
                  head.height().value() - 0.8,
                  lf.size(),
                  lf.minSize());
      if (label.overflows()) {
        throw new RenderException(
            col.at(),
            "the header of column "
                + col.box()
                + " does not fit "
                + PageModel.rect(head)
                + " even at "
                + lf.minSize()
                + " pt");
      }
      sheet.lines(
          label.lines(),
          Face.REGULAR,
          label.sizePt(),
          head,
          r.y().value() + 0.5,
          Align.CENTER,
          Mark.Ink.BLACK);
      if (c > 0) {
        sheet.line(x, r.y().value(), x, rulesEnd, 0.5);
      }
      x += col.width().value();
    }
    double y = headerBottom;
    for (RowPiece piece : rows) {
      double height = Math.max(piece.lineCount(), 1) * lh + 2 * RowPaginator.ROW_PAD;
      double cx = r.x().value();
      for (int c = 0; c < t.columns().size(); c++) {
        double w = t.columns().get(c).width().value();
        Rect cell = Rect.of(cx, y, w, height);
        Cell text = piece.cells().get(c);
        sheet.lines(
            text.lines(),
            Face.forData(form.layout().dataFace()),
            text.sizePt(),
            cell,
            y + RowPaginator.ROW_PAD,
            Align.LEFT,
            Mark.Ink.BLACK);
        cx += w;
      }
      y += height;
    }
    boolean room = rulesEnd - y > 2 * RowPaginator.ROW_PAD;
    if (room && (t.strikeUnused() || (last && !rows.isEmpty()))) {
      sheet.line(r.x().value(), y, r.right().value(), y, 0.6);
    }
    if (room && t.strikeUnused()) {
      sheet.line(r.x().value(), y, r.right().value(), rulesEnd, 0.6);
    }
    marker.ifPresent(
        m -> {
          sheet.line(r.x().value(), rulesEnd, r.right().value(), rulesEnd, 0.5);
          sheet.lines(
              List.of(texts.nfc(m)),
              Face.ITALIC,
              size,
              Rect.of(r.x().value(), rulesEnd, r.width().value(), band),
              rulesEnd + RowPaginator.ROW_PAD / 2,
              Align.CENTER,
              Mark.Ink.BLACK);
        });
  }
}
