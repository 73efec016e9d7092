package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.Stroke;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;

/**
 * Values meant for a printed line or dotted leader sit on it ("Issued in … (Country)", the box 11
 * countries, the EUR.1 number beside "No:", the RCEP Certificate No.): the geometry is read from
 * the page model, for every fill-in of every form in every issuance mode.
 */
class FillInsOnTheirLinesTest {
  static final double TOLERANCE_MM = 0.5;

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.EveryModeLayouts#all")
  void everyFillInWithALeaderHasItsBaselineOnTheLine(EveryModeLayouts.Laid laid) {
    List<String> problems = new ArrayList<>();
    for (Page page : laid.model().pages()) {
      Optional<PageDef> def = laid.form().layout().page(page.pageId());
      for (Element e : def.map(PageDef::elements).orElse(List.of())) {
        if (e instanceof Element.Field f && f.leader().isPresent()) {
          problems.addAll(onItsLine(page, f));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> onItsLine(Page page, Element.Field f) {
    Rect r = f.rect();
    double y = r.bottom().value();
    boolean dotted = f.leader().orElseThrow() == Stroke.DOTTED;
    boolean drawn =
        page.marks().stream()
            .anyMatch(
                m ->
                    m instanceof Mark.Line l
                        && l.dotted() == dotted
                        && near(l.y1(), y)
                        && near(l.y2(), y)
                        && near(l.x1(), r.x().value())
                        && near(l.x2(), r.right().value()));
    if (!drawn) {
      return List.of("page " + page.number() + " fill-in " + f.at() + ": its leader is not drawn");
    }
    return lastBaseline(page, r)
        .filter(b -> Math.abs(b - y) > TOLERANCE_MM)
        .map(
            b ->
                List.of(
                    String.format(
                        Locale.ROOT,
                        "page %d fill-in %s: baseline at %.2f mm, its line at %.2f mm",
                        page.number(),
                        f.at(),
                        b,
                        y)))
        .orElse(List.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.EveryModeLayouts#all")
  void aFillInBesideItsPrintedLabelSharesTheLabelsBaseline(EveryModeLayouts.Laid laid) {
    List<String> problems = new ArrayList<>();
    for (Page page : laid.model().pages()) {
      Optional<PageDef> def = laid.form().layout().page(page.pageId());
      for (Element e : def.map(PageDef::elements).orElse(List.of())) {
        if (e instanceof Element.Field f && f.leader().isPresent()) {
          for (Element.Text label : labelsBefore(def.orElseThrow(), f.rect())) {
            Optional<Double> value = lastBaseline(page, f.rect());
            Optional<Double> printed = lastBaseline(page, label.rect());
            if (value.isPresent()
                && printed.isPresent()
                && Math.abs(value.get() - printed.get()) > TOLERANCE_MM) {
              problems.add(
                  String.format(
                      Locale.ROOT,
                      "page %d fill-in %s at baseline %.2f, its label \"%s\" at %.2f",
                      page.number(),
                      f.at(),
                      value.get(),
                      label.text(),
                      printed.get()));
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noLineOrLeaderIsDrawnApartFromTheFillInWrittenOnIt() {
    List<String> problems = new ArrayList<>();
    for (FormDefinition form : RenderFixture.CATALOGUE.forms()) {
      for (PageDef page : form.layout().pages()) {
        for (Element e : page.elements()) {
          if (e instanceof Element.Text t && t.text().strip().matches("[._…\\s]+")) {
            problems.add(
                form.id() + " " + t.at() + ": a leader typed as text \"" + t.text() + "\"");
          }
          if (e instanceof Element.Field f && f.leader().isEmpty()) {
            for (Element other : page.elements()) {
              if (other instanceof Element.Line l && runsUnder(l, f.rect())) {
                problems.add(
                    form.id() + " " + f.at() + ": written above the separate line " + l.at());
              }
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** A horizontal rule at most 2 mm below the fill-in's rectangle, under most of its width. */
  private static boolean runsUnder(Element.Line l, Rect r) {
    double y = l.from().y().value();
    if (!near(y, l.to().y().value())) {
      return false;
    }
    double left = Math.max(Math.min(l.from().x().value(), l.to().x().value()), r.x().value());
    double right = Math.min(Math.max(l.from().x().value(), l.to().x().value()), r.right().value());
    return y >= r.bottom().value() - 1
        && y <= r.bottom().value() + 2
        && right - left > r.width().value() / 2;
  }

  /** Static texts on the same row that end where the fill-in starts ("No:", "Issued in"). */
  private static List<Element.Text> labelsBefore(PageDef page, Rect field) {
    List<Element.Text> out = new ArrayList<>();
    for (Element e : page.elements()) {
      if (e instanceof Element.Text t) {
        Rect r = t.rect();
        boolean sameRow =
            r.y().value() < field.bottom().value() && r.bottom().value() > field.y().value();
        boolean endsAtTheField =
            r.right().value() >= field.x().value() - 3
                && r.right().value() <= field.x().value() + 1;
        if (sameRow && endsAtTheField) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static Optional<Double> lastBaseline(Page page, Rect within) {
    return page.marks().stream()
        .filter(m -> m instanceof Mark.Text t && t.within().equals(within))
        .map(m -> ((Mark.Text) m).baseline())
        .max(Double::compare);
  }

  private static boolean near(double a, double b) {
    return Math.abs(a - b) < 0.01;
  }
}
