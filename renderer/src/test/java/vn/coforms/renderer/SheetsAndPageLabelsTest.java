package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.renderer.layout.Side;
import vn.coforms.samples.Samples;

/**
 * Issue 8 points 1 and 2: a multi-sheet certificate comes out in sheet order (front, its back, then
 * each continuation sheet with a blank back), so a duplex printer prints every page on its side;
 * every printed page says which certificate it belongs to and where; continuation sheets repeat the
 * signed boxes with their text; the last item table is closed.
 */
class SheetsAndPageLabelsTest {
  static Certificate sample(String form, String name) {
    return Samples.of(form).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .certificate(RenderFixture.READER);
  }

  /** A top-level value of the certificate as its JSON wrote it. */
  static String text(Certificate c, String field) {
    return String.valueOf(c.fields().get(field));
  }

  static PageModel layout(Certificate c) {
    return RenderFixture.RENDERER.layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults());
  }

  static List<String> texts(Page p) {
    return p.marks().stream()
        .filter(m -> m instanceof Mark.Text)
        .map(m -> ((Mark.Text) m).text())
        .toList();
  }

  static List<Page> printed(PageModel model) {
    return model.pages().stream().filter(p -> !p.pageId().equals(Page.BLANK)).toList();
  }

  static List<Page> continuations(PageModel model) {
    return model.pages().stream().filter(p -> p.pageId().equals("continuation")).toList();
  }

  @Nested
  class SheetOrder {
    @ParameterizedTest
    @ValueSource(strings = {"d", "e", "rcep"})
    void theOverleafIsTheBackOfTheFrontAndEachContinuationSheetHasABlankBack(String form) {
      PageModel model = layout(sample(form, "valid-long"));

      assertThat(model.pages().subList(0, 2))
          .extracting(Page::pageId, Page::sheet, Page::side)
          .containsExactly(tuple("front", 1, Side.FRONT), tuple("overleaf", 1, Side.BACK));
      assertContinuationSheets(model);
    }

    @Test
    void theEur1sBoxes13And14ArePrintedOnTheBackOfTheCertificateItself() {
      PageModel model = layout(sample("eur1-evfta", "valid-long"));

      Page back = model.pages().get(1);
      assertThat(back.pageId()).isEqualTo("reverse");
      assertThat(back.sheet()).isEqualTo(1);
      assertThat(back.side()).isEqualTo(Side.BACK);
      assertThat(texts(back)).contains("13. REQUEST FOR VERIFICATION, to");
      assertContinuationSheets(model);
    }

    @Test
    void aCertificateThatFitsItsFrontIsOneSheetPrintedOnBothSides() {
      // RCEP's basic sample needs a continuation sheet since data is typed in Mono (issue 8.8)
      PageModel model = layout(sample("rcep", "valid-retroactive"));

      assertThat(model.pages())
          .extracting(Page::pageId, Page::sheet, Page::side)
          .containsExactly(tuple("front", 1, Side.FRONT), tuple("overleaf", 1, Side.BACK));
    }

    /** From page 3 on: continuation on the front of its own sheet, nothing on its back. */
    private void assertContinuationSheets(PageModel model) {
      List<Page> rest = model.pages().subList(2, model.pages().size());
      assertThat(rest).hasSizeGreaterThanOrEqualTo(2);
      assertThat(model.pages()).hasSize(2 * model.pages().get(model.pages().size() - 1).sheet());
      for (int i = 0; i < rest.size(); i += 2) {
        Page front = rest.get(i);
        Page back = rest.get(i + 1);
        assertThat(front.pageId()).isEqualTo("continuation");
        assertThat(front.side()).isEqualTo(Side.FRONT);
        assertThat(back.pageId()).isEqualTo(Page.BLANK);
        assertThat(back.side()).isEqualTo(Side.BACK);
        assertThat(back.sheet()).isEqualTo(front.sheet()).isEqualTo(2 + i / 2);
        assertThat(back.marks()).isEmpty();
      }
    }
  }

  @Nested
  class PageLabels {
    @ParameterizedTest
    @ValueSource(strings = {"d", "e", "rcep", "eur1-evfta"})
    void everyPrintedPageOfAMultiSheetCertificateCarriesItsNumberAndPlace(String form) {
      Certificate c = sample(form, "valid-long");
      FormDefinition def = RenderFixture.CATALOGUE.require(form);
      List<Page> pages = printed(layout(c));
      int n = pages.size();

      IntStream.range(0, n)
          .forEach(
              i ->
                  assertThat(texts(pages.get(i)))
                      .as("page %d", i + 1)
                      .contains(
                          "Form "
                              + def.code()
                              + " No. "
                              + text(c, def.numberField())
                              + " \u00b7 Page "
                              + (i + 1)
                              + " of "
                              + n));
    }

    @ParameterizedTest
    @CsvSource({
      "d, valid-basic",
      "e, valid-basic",
      "rcep, valid-retroactive",
      "eur1-evfta, valid-basic"
    })
    void aOneSheetCertificateCarriesNoPageLabel(String form, String oneSheet) {
      PageModel model = layout(sample(form, oneSheet));
      assertThat(model.pages()).hasSize(2);

      assertThat(model.pages())
          .flatExtracting(SheetsAndPageLabelsTest::texts)
          .noneMatch(t -> t.contains(" \u00b7 Page "));
    }

    @Test
    void theLabelIsSmallItalicAndBelowEveryBox() {
      PageModel model = layout(sample("d", "valid-long"));
      for (Page p : printed(model)) {
        Mark.Text label =
            p.marks().stream()
                .filter(m -> m instanceof Mark.Text t && t.text().contains(" \u00b7 Page "))
                .map(m -> (Mark.Text) m)
                .findFirst()
                .orElseThrow();
        assertThat(label.face()).isEqualTo(vn.coforms.renderer.fonts.Face.ITALIC);
        assertThat(label.sizePt()).isLessThan(7);
        double lowestFrame =
            p.marks().stream()
                .filter(m -> m instanceof Mark.Frame)
                .mapToDouble(m -> ((Mark.Frame) m).rect().bottom().value())
                .max()
                .orElse(0);
        assertThat(label.within().y().value()).isGreaterThanOrEqualTo(lowestFrame);
      }
    }
  }

  @Nested
  class ContinuationSheets {
    @Test
    void rcepContinuationSheetsCarryTheSeedsHeadingAndCertificateNumber() {
      Certificate c = sample("rcep", "valid-long");
      List<Page> pages = continuations(layout(c));

      assertThat(pages)
          .isNotEmpty()
          .allSatisfy(
              p ->
                  assertThat(texts(p))
                      .contains("Continuation Sheet", "Certificate No.", text(c, "referenceNo")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"d", "e"})
    void repeatBoxes11And12WithTheirTextAndTheFilledValues(String form) {
      Certificate c = sample(form, "valid-long");
      List<Page> pages = continuations(layout(c));

      assertThat(pages)
          .isNotEmpty()
          .allSatisfy(
              p -> {
                String all = String.join(" ", texts(p));
                assertThat(texts(p))
                    .contains("11. Declaration by the exporter", "12. Certification");
                assertThat(all)
                    .contains("The undersigned hereby declares")
                    .contains("It is hereby certified")
                    .contains(text(c, "declarationPlace"))
                    .contains(text(c, "certificationPlace"))
                    .contains("(Importing Country)");
              });
    }

    @Test
    void rcepRepeatsBoxes15And16WithTheirText() {
      Certificate c = sample("rcep", "valid-long");

      assertThat(continuations(layout(c)))
          .allSatisfy(
              p ->
                  assertThat(String.join(" ", texts(p)))
                      .contains("15. Declaration by the exporter or producer")
                      .contains("16. Certification")
                      .contains("The undersigned hereby declares")
                      .contains("On the basis of control carried out")
                      .contains(text(c, "declarationPlace")));
    }
  }

  @Nested
  class LastTable {
    @ParameterizedTest
    @ValueSource(strings = {"d", "e", "rcep", "eur1-evfta"})
    void theLastPageOfItemsIsClosedByARuleBelowTheLastItem(String form) {
      FormDefinition def = RenderFixture.CATALOGUE.require(form);
      Element.Table table =
          def.layout().page("continuation").orElseThrow().elements().stream()
              .filter(e -> e instanceof Element.Table)
              .map(e -> (Element.Table) e)
              .findFirst()
              .orElseThrow();
      Rect r = table.rect();
      double headerBottom = r.y().value() + table.headerHeight().value();
      List<Page> pages = continuations(layout(sample(form, "valid-long")));
      Page last = pages.get(pages.size() - 1);

      assertThat(last.role()).isEqualTo(PageRole.CONTINUATION);
      assertThat(last.marks())
          .anySatisfy(
              m -> {
                assertThat(m).isInstanceOf(Mark.Line.class);
                Mark.Line l = (Mark.Line) m;
                assertThat(l.y1()).isEqualTo(l.y2());
                assertThat(l.x1()).isEqualTo(r.x().value());
                assertThat(l.x2()).isEqualTo(r.right().value());
                assertThat(l.y1()).isBetween(headerBottom + 0.5, r.bottom().value() - 0.5);
              });
    }
  }
}
