package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.FontMetrics;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;

/**
 * Everything printed stays inside the printable area of ordinary office printers: at least 5 mm
 * from every edge of the paper, on every page of every form in every issuance mode (endorsements,
 * copy labels and headers included). The green guilloche of the EUR.1 stock is the paper's own
 * pattern, not printed content, and runs to the edges.
 */
class PrintableAreaTest {
  static final double MARGIN_MM = 5;

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.EveryModeLayouts#all")
  void nothingIsPrintedWithinFiveMillimetresOfThePaperEdge(EveryModeLayouts.Laid laid) {
    List<String> outside = new ArrayList<>();
    for (Page page : laid.model().pages()) {
      for (Mark m : page.marks()) {
        bounds(m)
            .filter(b -> !inside(b, page))
            .ifPresent(
                b ->
                    outside.add(
                        String.format(
                            Locale.ROOT,
                            "page %d (%s): %s at x %.2f-%.2f y %.2f-%.2f",
                            page.number(),
                            page.pageId(),
                            what(m),
                            b[0],
                            b[2],
                            b[1],
                            b[3])));
      }
    }
    assertThat(outside).as("marks closer than %s mm to the paper edge", MARGIN_MM).isEmpty();
  }

  private static boolean inside(double[] b, Page page) {
    return b[0] >= MARGIN_MM - 1e-6
        && b[1] >= MARGIN_MM - 1e-6
        && b[2] <= page.widthMm() - MARGIN_MM + 1e-6
        && b[3] <= page.heightMm() - MARGIN_MM + 1e-6;
  }

  /** [left, top, right, bottom] of what the mark inks; empty for the paper's own pattern. */
  private static java.util.Optional<double[]> bounds(Mark m) {
    return switch (m.kind()) {
      case TEXT -> {
        Mark.Text t = (Mark.Text) m;
        if (t.angleDeg() != 0) {
          // only the SPECIMEN watermark is rotated, and these layouts ask for none
          yield java.util.Optional.empty();
        }
        FontMetrics metrics = RenderFixture.FONTS.metrics(t.face());
        double top = t.baseline() - metrics.ascentMm(t.sizePt());
        double bottom = top + FontMetrics.lineHeightMm(t.sizePt());
        yield java.util.Optional.of(
            new double[] {t.x(), top, t.x() + metrics.widthMm(t.text(), t.sizePt()), bottom});
      }
      case LINE -> {
        Mark.Line l = (Mark.Line) m;
        yield java.util.Optional.of(
            new double[] {
              Math.min(l.x1(), l.x2()),
              Math.min(l.y1(), l.y2()),
              Math.max(l.x1(), l.x2()),
              Math.max(l.y1(), l.y2())
            });
      }
      case FRAME -> java.util.Optional.of(box(((Mark.Frame) m).rect()));
      case CHECK -> java.util.Optional.of(box(((Mark.Check) m).square()));
      case POLYLINE -> java.util.Optional.empty();
    };
  }

  private static double[] box(Rect r) {
    return new double[] {r.x().value(), r.y().value(), r.right().value(), r.bottom().value()};
  }

  private static String what(Mark m) {
    return m instanceof Mark.Text t
        ? "text \"" + t.text() + "\""
        : m.kind().name().toLowerCase(Locale.ROOT);
  }
}
