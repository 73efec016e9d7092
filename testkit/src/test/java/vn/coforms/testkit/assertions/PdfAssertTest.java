package vn.coforms.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coforms.testkit.assertions.CoformsAssertions.assertThat;
import static vn.coforms.testkit.assertions.SampleCertificates.CERTIFICATES;
import static vn.coforms.testkit.assertions.SampleCertificates.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.testkit.Pdf;

class PdfAssertTest {
  /** Form E, three items: the front page and the overleaf notes. */
  static final Pdf FORM_E = CERTIFICATES.render(sample("e", "valid-basic"));

  @Nested
  class ContainsText {
    @Test
    void findsTextsWhateverTheLineBreaksOfTheTextLayer() {
      assertThat(FORM_E)
          .containsText(
              "FROZEN PANGASIUS FILLETS", "DONG THAP AGRIFOOD EXPORT JOINT STOCK COMPANY");
    }

    @Test
    void failsNamingTheMissingTextsAndShowingTheTextLayer() {
      assertThatThrownBy(() -> assertThat(FORM_E).containsText("FROZEN PANGASIUS", "DURIAN"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the text layer to contain [\"DURIAN\"], but it does not:")
          .hasMessageContaining("FROZEN PANGASIUS FILLETS");
    }
  }

  @Nested
  class TextLayerDoesNotContain {
    @Test
    void passesForTextThatIsNotPrinted() {
      assertThat(FORM_E).textLayerDoesNotContain("DURIAN", "seed");
    }

    @Test
    void failsNamingTheTextThatIsThere() {
      assertThatThrownBy(() -> assertThat(FORM_E).textLayerDoesNotContain("DRIED MANGO"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the text layer not to contain [\"DRIED MANGO\"]");
    }
  }

  @Nested
  class HasPageCount {
    @Test
    void countsEveryPageOfTheLayout() {
      assertThat(FORM_E)
          .hasPageCount(CERTIFICATES.pages(sample("e", "valid-basic")).pages().size());
    }

    @Test
    void failsSayingHowManyPagesThereAre() {
      assertThatThrownBy(() -> assertThat(FORM_E).hasPageCount(40))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected 40 page(s), but the PDF has " + FORM_E.pageCount());
    }
  }

  @Nested
  class IsPdfA {
    @Test
    void passesOnWhatTheRendererWrites() {
      assertThat(FORM_E).isPdfA();
    }

    @Test
    void failsOnAPlainPdfListingTheFailedClauses() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PDDocument document = new PDDocument()) {
        document.addPage(new PDPage());
        document.save(out);
      }
      assertThatThrownBy(() -> assertThat(new Pdf(out.toByteArray())).isPdfA())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a PDF/A-3b document, but veraPDF reports")
          // ISO 19005-3 6.6.2.1: the document catalog holds no XMP metadata stream.
          .hasMessageContaining("6.6.2.1-1:");
    }

    @Test
    void failsOnBytesThatAreNoPdf() {
      assertThatThrownBy(() -> assertThat(new Pdf(new byte[] {1, 2, 3})).isPdfA())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("the document cannot be parsed");
    }
  }
}
