package vn.coforms.renderer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;

/** Parsed fonts pass from one document to the next, never to two documents at once. */
class ParsedFontsTest {
  static final FontBook FONTS = FontBook.fromClasspath();
  final ParsedFonts parsed = new ParsedFonts(FONTS);

  @Test
  void aSavedDocumentLeavesItsFontsToTheNext() throws Exception {
    ParsedFonts.Lease first = parsed.borrow();
    var font = first.font(Face.REGULAR);
    first.release();
    ParsedFonts.Lease next = parsed.borrow();
    assertThat(next.font(Face.REGULAR)).isSameAs(font);
  }

  @Test
  void twoDocumentsAtOnceEachParseTheirOwn() throws Exception {
    ParsedFonts.Lease one = parsed.borrow();
    ParsedFonts.Lease two = parsed.borrow();
    assertThat(one.font(Face.BOLD)).isNotSameAs(two.font(Face.BOLD));
  }

  @Test
  void aFailedDocumentsFontsAreNotUsedAgain() throws Exception {
    ParsedFonts.Lease failed = parsed.borrow();
    var font = failed.font(Face.REGULAR);
    failed.discard();
    assertThat(parsed.idle()).isZero();
    assertThat(parsed.borrow().font(Face.REGULAR)).isNotSameAs(font);
  }

  @Test
  void keepsAtMostTheIdleLimit() {
    List<ParsedFonts.Lease> leases = new ArrayList<>();
    for (int i = 0; i < ParsedFonts.MAX_IDLE + 3; i++) {
      leases.add(parsed.borrow());
    }
    leases.forEach(ParsedFonts.Lease::release);
    assertThat(parsed.idle()).isEqualTo(ParsedFonts.MAX_IDLE);
  }
}
