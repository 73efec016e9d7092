package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.model.layout.Align;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.Stroke;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;

/** The marks of one page under construction, with the text-placing arithmetic in one place. */
final class Sheet {
  static final double PAD = 1.0;
  private static final double MM_PER_POINT = 25.4 / 72.0;
  private final FontBook fonts;
  private final List<Mark> marks = new ArrayList<>();

  Sheet(FontBook fonts) {
    this.fonts = fonts;
  }

  List<Mark> marks() {
    return marks;
  }

  void add(Mark m) {
    marks.add(m);
  }

  void frame(Rect r, double widthPt) {
    marks.add(new Mark.Frame(r, widthPt, Mark.Ink.BLACK));
  }

  void line(double x1, double y1, double x2, double y2, double widthPt) {
    marks.add(new Mark.Line(x1, y1, x2, y2, widthPt, Mark.Ink.BLACK, false));
  }

  /** A rule drawn as {@code stroke} says: dotted rules are leaders, slightly heavier dots. */
  void line(double x1, double y1, double x2, double y2, Stroke stroke) {
    boolean dotted = stroke == Stroke.DOTTED;
    marks.add(new Mark.Line(x1, y1, x2, y2, dotted ? 0.9 : 0.5, Mark.Ink.BLACK, dotted));
  }

  /**
   * Places fitted lines top-down from {@code top} inside {@code within}, aligned; returns the y
   * below the last line.
   */
  double lines(
      List<String> lines,
      Face face,
      double sizePt,
      Rect within,
      double top,
      Align align,
      Mark.Ink ink) {
    FontMetrics m = fonts.metrics(face);
    double lh = FontMetrics.lineHeightMm(sizePt);
    double y = top;
    double left = within.x().value() + PAD;
    double width = within.width().value() - 2 * PAD;
    for (String line : lines) {
      List<Superscripts.Run> runs = Superscripts.runs(line);
      double w = 0;
      for (Superscripts.Run run : runs) {
        w += m.widthMm(run.text(), run.raised() ? sizePt * Superscripts.SCALE : sizePt);
      }
      double x =
          align == Align.CENTER
              ? left + (width - w) / 2
              : align == Align.RIGHT ? left + width - w : left;
      double baseline = y + m.ascentMm(sizePt);
      for (Superscripts.Run run : runs) {
        double size = run.raised() ? sizePt * Superscripts.SCALE : sizePt;
        double rise = run.raised() ? Superscripts.RISE * sizePt * MM_PER_POINT : 0;
        marks.add(new Mark.Text(face, size, x, baseline - rise, run.text(), ink, 0, within));
        x += m.widthMm(run.text(), size);
      }
      y += lh;
    }
    return y;
  }

  /** The width available for text inside a rectangle. */
  static double innerWidth(Rect r) {
    return r.width().value() - 2 * PAD;
  }
}
