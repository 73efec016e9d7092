package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.FontMetrics;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Sample;

/**
 * Nothing overflows: every text run lies inside the rectangle it was fitted into, every tick label
 * inside the box that holds its square, and every page is A4.
 *
 * <p>The tick-label check does not trust the rectangle the painter reports for a label (the painter
 * sizes it from the lines it wrapped, so it always "fits"): it takes the box from the form's
 * declared layout and measures each drawn line with the font metrics.
 */
class GeometryTest {
  static final double EPS = 0.05;

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void everyTextRunStaysInsideItsRectangleOnAnA4Page(Sample sample) {
    PageModel model =
        RenderFixture.RENDERER.layout(
            RenderFixture.CATALOGUE, RenderFixture.certificate(sample), RenderOptions.defaults());
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void everyTickLabelIsDrawnWhollyInsideTheDeclaredBoxThatHoldsItsSquare(Sample sample) {
    var certificate = RenderFixture.certificate(sample);
    FormDefinition form = RenderFixture.CATALOGUE.require(certificate.formId());
    PageModel model =
        RenderFixture.RENDERER.layout(
            RenderFixture.CATALOGUE, certificate, RenderOptions.defaults());
    List<String> problems = new ArrayList<>();
    for (Page page : model.pages()) {
      if (page.pageId().equals(Page.BLANK)) {
        continue; // the blank back of a one-sided sheet: no elements
      }
      PageDef def = form.layout().page(page.pageId()).orElseThrow();
      for (Element e : def.elements()) {
        if (e instanceof Element.Tick tick && !tick.label().isBlank()) {
          Rect box =
              smallestBoxHolding(def, tick.rect())
                  .orElse(Rect.of(0, 0, page.widthMm(), page.heightMm()));
          problems.addAll(labelProblems(page, tick, box));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Finds the label's lines by position and text, then measures each against {@code box}. */
  private static List<String> labelProblems(Page page, Element.Tick tick, Rect box) {
    Rect square = tick.rect();
    String label = squeeze(tick.label());
    List<Mark> marks = page.marks();
    for (int i = 0; i < marks.size(); i++) {
      if (marks.get(i) instanceof Mark.Text first
          && first.x() >= square.right().value()
          && first.x() <= square.right().value() + 3
          && first.baseline() >= square.y().value()
          && label.startsWith(squeeze(first.text()))) {
        List<Mark.Text> lines = new ArrayList<>();
        StringBuilder drawn = new StringBuilder();
        for (int j = i;
            j < marks.size()
                && marks.get(j) instanceof Mark.Text t
                && label.startsWith(drawn + squeeze(t.text()));
            j++) {
          lines.add((Mark.Text) marks.get(j));
          drawn.append(squeeze(((Mark.Text) marks.get(j)).text()));
        }
        if (!drawn.toString().equals(label)) {
          continue;
        }
        List<String> problems = new ArrayList<>();
        for (Mark.Text t : lines) {
          FontMetrics metrics = RenderFixture.FONTS.metrics(t.face());
          double top = t.baseline() - metrics.ascentMm(t.sizePt());
          double bottom = top + FontMetrics.lineHeightMm(t.sizePt());
          double right = t.x() + metrics.widthMm(t.text(), t.sizePt());
          if (t.x() < square.right().value()
              || right > box.right().value() + EPS
              || top < box.y().value() - EPS
              || bottom > box.bottom().value() + EPS) {
            problems.add(
                String.format(
                    Locale.ROOT,
                    "page %d tick %s: \"%s\" x %.2f-%.2f y %.2f-%.2f outside box %s",
                    page.number(),
                    tick.field(),
                    t.text(),
                    t.x(),
                    right,
                    top,
                    bottom,
                    box));
          }
        }
        return problems;
      }
    }
    return List.of("page " + page.number() + " tick " + tick.field() + ": label not drawn whole");
  }

  private static Optional<Rect> smallestBoxHolding(PageDef page, Rect square) {
    return page.elements().stream()
        .filter(Element.Box.class::isInstance)
        .map(Element::bounds)
        .filter(
            b ->
                b.x().value() <= square.x().value()
                    && b.right().value() >= square.right().value()
                    && b.y().value() <= square.y().value()
                    && b.bottom().value() >= square.bottom().value())
        .min(Comparator.comparingDouble(b -> b.width().value() * b.height().value()));
  }

  private static String squeeze(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
  }
}
