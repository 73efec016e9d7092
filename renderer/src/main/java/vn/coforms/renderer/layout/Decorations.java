package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.model.layout.Background;
import vn.coforms.framework.model.layout.Layout;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;

/** Page-wide art: the guilloche background (vector strands) and the SPECIMEN watermark. */
final class Decorations {
  private Decorations() {}

  /** Two families of fine sine strands crossing each other, clipped to the page. */
  static void guilloche(Sheet sheet, Background b, Layout layout) {
    Mark.Ink ink = Mark.Ink.parse(b.color());
    double w = layout.pageWidth().value();
    double h = layout.pageHeight().value();
    for (int family = 0; family < 2; family++) {
      for (double y0 = -6; y0 < h + 6; y0 += 4.5) {
        List<double[]> points = new ArrayList<>();
        for (double x = 0; x <= w + 1e-6; x += 3) {
          double phase = family == 0 ? y0 / 9 : -y0 / 7;
          double y = y0 + 2.2 * Math.sin(x / 11.0 + phase) * (family == 0 ? 1 : -1);
          points.add(new double[] {x, Math.max(0, Math.min(h, y))});
        }
        sheet.add(new Mark.Polyline(points, 0.25, ink));
      }
    }
  }

  /**
   * A large light-grey SPECIMEN across the page, at 45 degrees through its centre, drawn under the
   * content.
   */
  static void specimen(Sheet sheet, Texts texts, double pageWidth, double pageHeight) {
    String word = "SPECIMEN";
    double size = 96;
    double length = texts.metrics(Face.BOLD).widthMm(word, size);
    double angle = Math.toRadians(45);
    double x = pageWidth / 2 - Math.cos(angle) * length / 2;
    double y = pageHeight / 2 + Math.sin(angle) * length / 2;
    sheet.add(
        new Mark.Text(
            Face.BOLD,
            size,
            x,
            y,
            word,
            Mark.Ink.WATERMARK,
            45,
            Rect.of(0, 0, pageWidth, pageHeight)));
  }
}
