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
      double w = m.widthMm(line, sizePt);
      double x =
          align == Align.CENTER
              ? left + (width - w) / 2
              : align == Align.RIGHT ? left + width - w : left;
      if (!line.isEmpty()) {
        marks.add(new Mark.Text(face, sizePt, x, y + m.ascentMm(sizePt), line, ink, 0, within));
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
