package vn.coforms.testkit.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;

/**
 * Every horizontal text run of a page model, measured with the font's metrics, lies inside the
 * rectangle it was fitted into, and that rectangle inside the page (the renderer's GeometryTest
 * check, over any certificate). Rotated runs (watermarks) are drawn across the page on purpose.
 */
final class TextsInsideRectangles {
  /** Rounding allowance, in millimetres. */
  static final double EPS = 0.05;

  private final FontBook fonts;

  TextsInsideRectangles(FontBook fonts) {
    this.fonts = fonts;
  }

  /** One line per text run outside its rectangle: the page, the text, where it is and where not. */
  List<String> problems(PageModel model) {
    List<String> out = new ArrayList<>();
    for (Page page : model.pages()) {
      for (Mark m : page.marks()) {
        if (m instanceof Mark.Text t && t.angleDeg() == 0) {
          FontMetrics metrics = fonts.metrics(t.face());
          double right = t.x() + metrics.widthMm(t.text(), t.sizePt());
          double top = t.baseline() - metrics.ascentMm(t.sizePt());
          Rect r = t.within();
          if (t.x() < r.x().value() - EPS
              || right > r.right().value() + EPS
              || top < r.y().value() - EPS
              || t.baseline() > r.bottom().value() + EPS
              || r.x().value() < -EPS
              || r.y().value() < -EPS
              || r.right().value() > page.widthMm() + EPS
              || r.bottom().value() > page.heightMm() + EPS) {
            out.add(
                String.format(
                    Locale.ROOT,
                    "page %d: \"%s\" x %.2f-%.2f y %.2f-%.2f outside %s",
                    page.number(),
                    t.text(),
                    t.x(),
                    right,
                    top,
                    t.baseline(),
                    r));
          }
        }
      }
    }
    return out;
  }
}
