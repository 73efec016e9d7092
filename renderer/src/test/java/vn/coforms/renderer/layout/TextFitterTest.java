package vn.coforms.renderer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;

class TextFitterTest {
  static final FontMetrics METRICS = FontBook.fromClasspath().metrics(Face.REGULAR);
  final TextFitter fitter = new TextFitter(METRICS);

  /** The width, in millimetres, of {@code text} at 9 pt plus a hair, so it just fits. */
  static double widthOf(String text) {
    return METRICS.widthMm(text, 9) + 0.01;
  }

  @Nested
  class BreakingLines {
    @Test
    void breaksAtSpacesBeforeAnythingElse() {
      assertThat(fitter.wrap("INVOICE HDC-INV-2606-044", widthOf("HDC-INV-2606-044"), 9))
          .containsExactly("INVOICE", "HDC-INV-2606-044");
    }

    @Test
    void breaksAfterAHyphenSlashOrCommaRatherThanBetweenLetters() {
      assertThat(fitter.wrap("HDC-INV-2606-044", widthOf("HDC-INV-2606-"), 9))
          .containsExactly("HDC-INV-2606-", "044");
      assertThat(fitter.wrap("SADECO/MRY", widthOf("SADECO/M"), 9))
          .containsExactly("SADECO/", "MRY");
      assertThat(fitter.wrap("BOX1,BOX2", widthOf("BOX1,B"), 9)).containsExactly("BOX1,", "BOX2");
    }

    @Test
    void neverBreaksAfterTheThousandsCommaOfANumber() {
      assertThat(fitter.wrap("3,118.50", widthOf("3,118.5"), 9)).containsExactly("3,118.5", "0");
      assertThat(fitter.wrapKeepingTokens("3,118.50", widthOf("3,118.5"), 9)).isEmpty();
    }

    @Test
    void breaksBetweenLettersOnlyWhenAPieceIsWiderThanTheLine() {
      assertThat(fitter.wrap("ABCDEFGH", widthOf("ABCD"), 9)).containsExactly("ABCD", "EFGH");
      assertThat(fitter.wrapKeepingTokens("ABCDEFGH", widthOf("ABCD"), 9)).isEmpty();
    }
  }

  @Nested
  class ChoosingTheSize {
    @Test
    void shrinksATokenThatIsTooWideRatherThanBreakingIt() {
      FittedText fit = fitter.fitWidth("0304.62.10", widthOf("0304.62.1"), 9, 6);

      assertThat(fit.lines()).containsExactly("0304.62.10");
      assertThat(fit.sizePt()).isLessThan(9).isGreaterThanOrEqualTo(6);
    }

    @Test
    void breaksInsideATokenOnlyAtTheMinimumSizeWhenTheTokenStillDoesNotFit() {
      FittedText fit = fitter.fitWidth("0304621099887766", widthOf("0304"), 9, 6);

      assertThat(fit.sizePt()).isEqualTo(6);
      assertThat(String.join("", fit.lines())).isEqualTo("0304621099887766");
      assertThat(fit.lines()).hasSizeGreaterThan(1);
    }

    @Test
    void prefersAShrunkWholeTokenToAFullSizeOneCutWhenHeightAllowsEither() {
      double width = widthOf("HDC-INV-2606-044") * 0.95;
      double oneLine = FontMetrics.lineHeightMm(9) + 0.01;

      FittedText fit = fitter.fit("HDC-INV-2606-044", width, oneLine, 9, 6);

      assertThat(fit.lines()).containsExactly("HDC-INV-2606-044");
      assertThat(fit.overflows()).isFalse();
    }
  }
}
