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
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Sample;

/**
 * Nothing overflows: every text run lies inside the rectangle it was fitted into, and every page is
 * A4.
 */
class GeometryTest {
  static final double EPS = 0.05;

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void everyTextRunStaysInsideItsRectangleOnAnA4Page(Sample sample) {
    PageModel model =
        RenderFixture.RENDERER.layout(RenderFixture.certificate(sample), RenderOptions.defaults());
    List<String> outside = new ArrayList<>();
    for (Page page : model.pages()) {
      assertThat(page.widthMm()).isEqualTo(210);
      assertThat(page.heightMm()).isEqualTo(297);
      for (Mark m : page.marks()) {
        if (m instanceof Mark.Text t && t.angleDeg() == 0) {
          FontMetrics metrics = RenderFixture.FONTS.metrics(t.face());
          double right = t.x() + metrics.widthMm(t.text(), t.sizePt());
          double top = t.baseline() - metrics.ascentMm(t.sizePt());
          Rect r = t.within();
          if (t.x() < r.x().value() - EPS
              || right > r.right().value() + EPS
              || top < r.y().value() - EPS
              || t.baseline() > r.bottom().value() + EPS
              || r.right().value() > 210
              || r.bottom().value() > 297) {
            outside.add(
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
    assertThat(outside).isEmpty();
  }
}
