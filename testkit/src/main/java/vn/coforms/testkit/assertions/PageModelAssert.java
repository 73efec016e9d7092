package vn.coforms.testkit.assertions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;

/**
 * Assertions on a laid-out certificate: its pages and where each text is drawn, measured with the
 * bundled fonts' metrics (the ones the renderer fits with), so no pixel is compared.
 */
public final class PageModelAssert extends AbstractAssert<PageModelAssert, PageModel> {
  /** Rounding slack, in millimetres, as the renderer's own geometry test allows. */
  static final double TOLERANCE_MM = 0.05;

  /** How many overflowing texts a failure message lists. */
  static final int SHOWN_TEXTS = 20;

  PageModelAssert(PageModel actual) {
    super(actual, PageModelAssert.class);
  }

  /**
   * Every horizontal text is drawn inside the rectangle it was fitted into (its cell, box or
   * stamp): its left and right ends, the top of its tallest letter and its baseline, measured with
   * the font's advance widths and ascent; and every rectangle lies on its page. A failure names the
   * page, the text, its rectangle and by how many millimetres it overflows on each side.
   */
  public PageModelAssert everyTextInsideItsRectangle() {
    isNotNull();
    List<String> outside = new ArrayList<>();
    for (Page page : actual.pages()) {
      for (Mark mark : page.marks()) {
        if (mark instanceof Mark.Text text && text.angleDeg() == 0) {
          overflow(page, text).ifPresent(outside::add);
        }
      }
    }
    if (!outside.isEmpty()) {
      failBecause(
          "Expected every text inside its rectangle, but "
              + outside.size()
              + " overflow:\n  "
              + String.join("\n  ", outside.subList(0, Math.min(SHOWN_TEXTS, outside.size())))
              + (outside.size() > SHOWN_TEXTS
                  ? "\n  … and " + (outside.size() - SHOWN_TEXTS) + " more"
                  : ""));
    }
    return this;
  }

  /** The certificate has exactly {@code expected} pages (blank backs of sheets included). */
  public PageModelAssert hasPages(int expected) {
    isNotNull();
    if (actual.pages().size() != expected) {
      failBecause(
          "Expected "
              + expected
              + " page(s), but the layout has "
              + actual.pages().size()
              + ": "
              + roles());
    }
    return this;
  }

  /** The pages have exactly these roles, in order (front, continuation, overleaf). */
  public PageModelAssert hasPageRoles(PageRole... expected) {
    isNotNull();
    List<PageRole> roles = roles();
    if (!roles.equals(Arrays.asList(expected))) {
      failBecause("Expected pages " + Arrays.asList(expected) + ", but the layout has " + roles);
    }
    return this;
  }

  private List<PageRole> roles() {
    return actual.pages().stream().map(Page::role).toList();
  }

  private static Optional<String> overflow(Page page, Mark.Text t) {
    FontMetrics metrics = BundledFonts.BOOK.metrics(t.face());
    Rect r = t.within();
    double right = t.x() + metrics.widthMm(t.text(), t.sizePt());
    double top = t.baseline() - metrics.ascentMm(t.sizePt());
    List<String> sides = new ArrayList<>();
    side(sides, "left", r.x().value() - t.x());
    side(sides, "right", right - r.right().value());
    side(sides, "top", r.y().value() - top);
    side(sides, "bottom", t.baseline() - r.bottom().value());
    side(sides, "past the page's right edge", r.right().value() - page.widthMm());
    side(sides, "past the page's bottom edge", r.bottom().value() - page.heightMm());
    if (sides.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "page %d (%s): \"%s\" in [x %.2f y %.2f w %.2f h %.2f mm] overflows %s",
            page.number(),
            page.pageId(),
            t.text(),
            r.x().value(),
            r.y().value(),
            r.width().value(),
            r.height().value(),
            String.join(", ", sides)));
  }

  private static void side(List<String> sides, String name, double mm) {
    if (mm > TOLERANCE_MM) {
      sides.add(String.format(Locale.ROOT, "%s by %.2f mm", name, mm));
    }
  }

  private void failBecause(String message) {
    failWithMessage("%s", message);
  }

  /** The bundled fonts, read once for every assertion (their metrics never change). */
  private static final class BundledFonts {
    static final FontBook BOOK = FontBook.fromClasspath();
  }
}
