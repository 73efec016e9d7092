package vn.coforms.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coforms.testkit.assertions.CoformsAssertions.assertThat;
import static vn.coforms.testkit.assertions.SampleCertificates.CERTIFICATES;
import static vn.coforms.testkit.assertions.SampleCertificates.sample;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.renderer.layout.Side;

class PageModelAssertTest {
  static final PageModel FORM_E = CERTIFICATES.pages(sample("e", "valid-basic"));

  /** One A4 page with one text in a 20 x 10 mm cell at (10, 10). */
  static PageModel oneText(String text, double x, double baseline) {
    Mark.Text mark =
        new Mark.Text(
            Face.REGULAR, 10, x, baseline, text, Mark.Ink.BLACK, 0, Rect.of(10, 10, 20, 10));
    return new PageModel(
        "test",
        List.of(new Page(1, "front", PageRole.FRONT, 1, Side.FRONT, 210, 297, List.of(mark))));
  }

  @Nested
  class EveryTextInsideItsRectangle {
    @Test
    void passesOnTheRenderersLayoutOfASample() {
      assertThat(FORM_E).everyTextInsideItsRectangle();
    }

    @Test
    void passesOnATextThatFits() {
      assertThat(oneText("Hanoi", 11, 15)).everyTextInsideItsRectangle();
    }

    @Test
    void failsNamingPageTextCellAndTheOverflowInMillimetres() {
      // "A text far too long for its cell" at 10 pt is about 48 mm wide, from x 11 in a cell
      // ending at x 30.
      assertThatThrownBy(
              () ->
                  assertThat(oneText("A text far too long for its cell", 11, 15))
                      .everyTextInsideItsRectangle())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected every text inside its rectangle, but 1 overflow:")
          .hasMessageContaining(
              "page 1 (front): \"A text far too long for its cell\" in [x 10.00 y 10.00 w 20.00"
                  + " h 10.00 mm] overflows right by ")
          .hasMessageMatching("(?s).*right by \\d+\\.\\d\\d mm.*");
    }

    @Test
    void failsOnATextWhoseLettersRiseAboveItsCell() {
      assertThatThrownBy(() -> assertThat(oneText("Hanoi", 11, 11)).everyTextInsideItsRectangle())
          .isInstanceOf(AssertionError.class)
          .hasMessageMatching("(?s).*overflows top by \\d+\\.\\d\\d mm.*");
    }
  }

  @Nested
  class Pages {
    @Test
    void hasPagesAndRolesInOrder() {
      assertThat(oneText("Hanoi", 11, 15)).hasPages(1).hasPageRoles(PageRole.FRONT);
    }

    @Test
    void hasPagesFailsListingTheRoles() {
      assertThatThrownBy(() -> assertThat(oneText("Hanoi", 11, 15)).hasPages(2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected 2 page(s), but the layout has 1: [FRONT]");
    }

    @Test
    void hasPageRolesFailsShowingBothSequences() {
      assertThatThrownBy(
              () ->
                  assertThat(oneText("Hanoi", 11, 15))
                      .hasPageRoles(PageRole.FRONT, PageRole.OVERLEAF))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected pages [FRONT, OVERLEAF], but the layout has [FRONT]");
    }
  }
}
