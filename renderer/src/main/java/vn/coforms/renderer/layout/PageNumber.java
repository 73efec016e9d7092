package vn.coforms.renderer.layout;

import java.util.List;
import java.util.regex.Pattern;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Align;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;

/**
 * Our own page label on a certificate of more than one sheet: "Form D No. VN-MY 26/02/00512 · Page
 * 2 of 7", small and in italics in the bottom margin, below every box, so it reads as the issuing
 * system's note and not as text of the form. A page whose own fill-ins print {@code ${pages}} (the
 * form's wording, where the seed has one) gets no label.
 */
final class PageNumber {
  /** The label's size: smaller than any box label, so it is not taken for one. */
  static final double SIZE_PT = 6.5;

  /** Its band's height: 4 mm, above the bottom margin and below every bundled form's boxes. */
  static final double BAND_MM = 4;

  /**
   * The margin left below the band: 5 mm, the printable area every endorsement keeps to (most
   * office printers cannot print nearer the edge).
   */
  static final double BOTTOM_MARGIN_MM = 5;

  private static final Pattern PAGES = Pattern.compile("\\bpages\\b");

  private final Texts texts;

  PageNumber(Texts texts) {
    this.texts = texts;
  }

  /** Whether the page prints its own "page x of y" (a template that names {@code pages}). */
  static boolean numbersItself(PageDef def) {
    return def.elements().stream()
        .anyMatch(
            e ->
                switch (e.kind()) {
                  case FIELD -> PAGES.matcher(((Element.Field) e).content().source()).find();
                  case BOX ->
                      ((Element.Box) e)
                          .content()
                          .filter(t -> PAGES.matcher(t.source()).find())
                          .isPresent();
                  case TEXT, TICK, LINE, COPY_LABEL, CRITERIA_TABLE, PARTIES, TABLE, NOTES -> false;
                });
  }

  /** The label's text for page {@code page} of {@code pages}. */
  static String text(FormDefinition form, String number, int page, int pages) {
    return "Form " + form.code() + " No. " + number + " \u00b7 Page " + page + " of " + pages;
  }

  void paint(Sheet sheet, FormDefinition form, String number, int page, int pages) {
    double width = form.layout().pageWidth().value();
    double height = form.layout().pageHeight().value();
    Rect band = Rect.of(10, height - BOTTOM_MARGIN_MM - BAND_MM, width - 20, BAND_MM);
    sheet.lines(
        List.of(texts.nfc(text(form, number, page, pages))),
        Face.ITALIC,
        SIZE_PT,
        band,
        band.y().value() + (BAND_MM - 3) / 2,
        Align.RIGHT,
        Mark.Ink.BLACK);
  }
}
