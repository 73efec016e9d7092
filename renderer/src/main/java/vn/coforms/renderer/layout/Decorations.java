package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.model.layout.Background;
import vn.coforms.framework.model.layout.Layout;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Page-wide art: the guilloche background (vector strands), the SPECIMEN and the DRAFT watermarks.
 */
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

  /**
   * "DRAFT – NOT VALID" over "BẢN NHÁP – KHÔNG CÓ GIÁ TRỊ" in light red along the page's diagonal,
   * as large as fits 62 % of it (at most 60 pt), so no part of the page reads as genuine; and the
   * same words on one line in the bottom margin, in stamp red, where they read (and extract) as one
   * run of text.
   */
  static void draft(Sheet sheet, Texts texts, double pageWidth, double pageHeight) {
    diagonalDraft(sheet, texts, pageWidth, pageHeight);
    String banner = Watermark.DRAFT_EN + " / " + Watermark.DRAFT_VI;
    double size = 8;
    double width = texts.metrics(Face.BOLD).widthMm(banner, size);
    sheet.add(
        new Mark.Text(
            Face.BOLD,
            size,
            (pageWidth - width) / 2,
            pageHeight - 3.5,
            banner,
            Mark.Ink.STAMP,
            0,
            Rect.of(0, pageHeight - 7, pageWidth, 7)));
  }

  private static void diagonalDraft(Sheet sheet, Texts texts, double pageWidth, double pageHeight) {
    List<String> lines = List.of(Watermark.DRAFT_EN, Watermark.DRAFT_VI);
    double angle = Math.atan2(pageHeight, pageWidth);
    double diagonal = Math.hypot(pageWidth, pageHeight);
    double widest =
        lines.stream().mapToDouble(l -> texts.metrics(Face.BOLD).widthMm(l, 1)).max().orElse(1);
    double size = Math.min(60, Math.floor(0.62 * diagonal / widest));
    double lineHeight = FontMetrics.lineHeightMm(size);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double[] offsets = {0.15 * lineHeight, -0.95 * lineHeight};
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      double length = texts.metrics(Face.BOLD).widthMm(line, size);
      // baseline centre moved "up" the rotated text (towards the top-left), then back half a line
      double cx = pageWidth / 2 - sin * offsets[i];
      double cy = pageHeight / 2 - cos * offsets[i];
      sheet.add(
          new Mark.Text(
              Face.BOLD,
              size,
              cx - cos * length / 2,
              cy + sin * length / 2,
              line,
              Mark.Ink.DRAFT,
              Math.toDegrees(angle),
              Rect.of(0, 0, pageWidth, pageHeight)));
    }
  }
}
