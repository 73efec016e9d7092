package vn.coforms.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A rendered certificate: the PDF bytes, and what a test reads from them (the page count and the
 * text layer). The value {@link Certificates#render} returns and {@code
 * CoformsAssertions.assertThat(Pdf)} asserts on.
 *
 * @param bytes the PDF document; the record keeps its own copy and hands out copies
 */
// The bytes are copied in and out, and equals, hashCode and toString are by content.
@SuppressWarnings("ArrayRecordComponent")
public record Pdf(byte[] bytes) {
  public Pdf {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The number of pages, continuation pages and overleaf notes included. */
  public int pageCount() {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("the bytes are not a readable PDF", e);
    }
  }

  /** The text layer of every page, as PDFBox's text stripper extracts it (what a search finds). */
  public String text() {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException("the bytes are not a readable PDF", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pdf that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "PDF of " + bytes.length + " bytes";
  }
}
