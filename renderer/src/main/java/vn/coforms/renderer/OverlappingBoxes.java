package vn.coforms.renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.Rect;

/**
 * Finds framed boxes and item tables of one page whose rectangles overlap, so that their frames and
 * texts would print over each other. Rectangles that share an edge, or overlap by less than {@value
 * #TOLERANCE_MM} mm, are fine.
 */
final class OverlappingBoxes {
  static final String CODE = "layout.overlap";

  /** Less than a frame line's width: rectangles declared edge to edge with rounded coordinates. */
  static final double TOLERANCE_MM = 0.5;

  private OverlappingBoxes() {}

  /** An error on the later of each pair of overlapping boxes or tables, naming the earlier one. */
  static List<Diagnostic> of(FormDefinition form) {
    List<Diagnostic> out = new ArrayList<>();
    for (PageDef page : form.layout().pages()) {
      List<Element> framed =
          page.elements().stream()
              .filter(e -> e instanceof Element.Box || e instanceof Element.Table)
              .toList();
      for (int i = 0; i < framed.size(); i++) {
        for (int j = i + 1; j < framed.size(); j++) {
          Element first = framed.get(i);
          Element second = framed.get(j);
          double w = overlap(first.bounds(), second.bounds(), true);
          double h = overlap(first.bounds(), second.bounds(), false);
          if (w > TOLERANCE_MM && h > TOLERANCE_MM) {
            out.add(
                Diagnostic.error(
                    CODE,
                    second.at(),
                    String.format(
                        Locale.ROOT,
                        "%s overlaps %s (declared at line %d) by %.1f × %.1f mm on page '%s':"
                            + " their frames and texts would print over each other",
                        name(second),
                        name(first),
                        first.at().line(),
                        w,
                        h,
                        page.id()),
                    "move or shrink one of them so that the rectangles at most share an edge"));
          }
        }
      }
    }
    return out;
  }

  private static double overlap(Rect a, Rect b, boolean horizontal) {
    double a0 = horizontal ? a.x().value() : a.y().value();
    double a1 = a0 + (horizontal ? a.width().value() : a.height().value());
    double b0 = horizontal ? b.x().value() : b.y().value();
    double b1 = b0 + (horizontal ? b.width().value() : b.height().value());
    return Math.min(a1, b1) - Math.max(a0, b0);
  }

  private static String name(Element e) {
    return e instanceof Element.Box b
        ? "box '" + b.id() + "'"
        : "table '" + ((Element.Table) e).id() + "'";
  }
}
