package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;

/**
 * The EUR.1 reverse carries its NOTES 1-3; its continuation sheets are printed on the green stock
 * with room for the issuing authority's endorsement; footnote markers and "m³" are superscript.
 */
class Eur1ReverseTest {
  static final FormDefinition EUR1 = RenderFixture.CATALOGUE.require("eur1-evfta");

  static PageModel laid(IssuanceMode mode) {
    return RenderFixture.RENDERER.layout(
        RenderFixture.CATALOGUE,
        Placeholders.placeholder(EUR1, mode, EveryModeLayouts.ROWS),
        RenderOptions.defaults());
  }

  static String text(Page page) {
    StringBuilder sb = new StringBuilder();
    for (Mark m : page.marks()) {
      if (m instanceof Mark.Text t) {
        sb.append(t.text()).append(' ');
      }
    }
    return sb.toString().replaceAll("\\s+", " ");
  }

  static Page page(PageModel model, String id) {
    return model.pages().stream().filter(p -> p.pageId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theReverseCarriesNotesOneToThreeUnderBoxesThirteenAndFourteen() {
    String reverse = text(page(laid(IssuanceMode.NORMAL), "reverse"));
    assertThat(reverse)
        .contains("NOTES")
        .contains("Certificate shall not contain erasures or words written over one another.")
        .contains("A horizontal line must be drawn immediately below the last item.")
        .contains("Goods shall be described in accordance with commercial practice");
    assertThat(reverse)
        .contains("customs office (EU) or issuing authority (VN)")
        .doesNotContain("(UK)");
  }

  @Test
  void everyContinuationSheetHasTheBackgroundAndTheEndorsement() {
    PageModel model = laid(IssuanceMode.CERTIFIED_TRUE_COPY);
    List<Page> sheets =
        model.pages().stream().filter(p -> p.pageId().equals("continuation")).toList();
    assertThat(sheets).hasSizeGreaterThan(1);
    for (Page sheet : sheets) {
      assertThat(sheet.marks()).anyMatch(m -> m instanceof Mark.Polyline);
      assertThat(text(sheet))
          .contains("11. CUSTOMS OFFICE (EU) or ISSUING AUTHORITIES (VN) ENDORSEMENT")
          .contains("DUPLICATE");
    }
  }

  @Test
  void footnoteMarkersAndCubicMetresArePrintedSmallerAndRaised() {
    Page front = page(laid(IssuanceMode.NORMAL), "front");
    Mark.Text packages = run(front, "Number and kind of packages").orElseThrow();
    Mark.Text marker = next(front, packages);
    assertThat(marker.text()).isEqualTo("(1)");
    assertThat(marker.sizePt()).isLessThan(packages.sizePt());
    assertThat(marker.baseline()).isLessThan(packages.baseline());
    Mark.Text metres = run(front, "litres, m").orElseThrow();
    Mark.Text three = next(front, metres);
    assertThat(three.text()).isEqualTo("3");
    assertThat(three.baseline()).isLessThan(metres.baseline());
    assertThat(text(front)).doesNotContain("m3");
  }

  private static Optional<Mark.Text> run(Page page, String ending) {
    return page.marks().stream()
        .filter(m -> m instanceof Mark.Text t && t.text().endsWith(ending))
        .map(Mark.Text.class::cast)
        .findFirst();
  }

  private static Mark.Text next(Page page, Mark.Text t) {
    return (Mark.Text) page.marks().get(page.marks().indexOf(t) + 1);
  }
}
