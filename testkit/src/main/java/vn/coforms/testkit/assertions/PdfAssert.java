package vn.coforms.testkit.assertions;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import vn.coforms.testkit.Pdf;

/**
 * Assertions on a rendered certificate: its text layer, its pages and its PDF/A conformance.
 *
 * <p>Text is compared after NFC normalisation with every run of white space read as one space,
 * because the text layer breaks lines where the certificate wraps them: {@code containsText("Ho Chi
 * Minh City")} holds when the PDF wraps after "Chi".
 */
public final class PdfAssert extends AbstractAssert<PdfAssert, Pdf> {
  /** How much of the text layer a failure message shows. */
  static final int SHOWN_CHARS = 1_500;

  PdfAssert(Pdf actual) {
    super(actual, PdfAssert.class);
  }

  /** The text layer contains every one of {@code texts}. */
  public PdfAssert containsText(String... texts) {
    isNotNull();
    String layer = squeeze(actual.text());
    List<String> missing = Arrays.stream(texts).filter(t -> !layer.contains(squeeze(t))).toList();
    if (!missing.isEmpty()) {
      failBecause(
          "Expected the text layer to contain "
              + quoted(missing)
              + ", but it does not:\n"
              + shown(layer));
    }
    return this;
  }

  /** The text layer contains none of {@code texts} (a value that must not print, a seed, a key). */
  public PdfAssert textLayerDoesNotContain(String... texts) {
    isNotNull();
    String layer = squeeze(actual.text());
    List<String> present = Arrays.stream(texts).filter(t -> layer.contains(squeeze(t))).toList();
    if (!present.isEmpty()) {
      failBecause(
          "Expected the text layer not to contain "
              + quoted(present)
              + ", but it does:\n"
              + shown(layer));
    }
    return this;
  }

  /** The document has exactly {@code expected} pages. */
  public PdfAssert hasPageCount(int expected) {
    isNotNull();
    int pages = actual.pageCount();
    if (pages != expected) {
      failBecause("Expected " + expected + " page(s), but the PDF has " + pages);
    }
    return this;
  }

  /**
   * veraPDF finds the document conforms to PDF/A-3b, the level coforms renders. A failure lists
   * every failed clause of ISO 19005-3 with veraPDF's message.
   */
  public PdfAssert isPdfA() {
    isNotNull();
    List<String> failed = VeraPdf.failedClauses(actual.bytes());
    if (!failed.isEmpty()) {
      failBecause(
          "Expected a PDF/A-3b document, but veraPDF reports "
              + failed.size()
              + " failed clause(s):\n  "
              + String.join("\n  ", failed));
    }
    return this;
  }

  private static String squeeze(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }

  private static String quoted(List<String> texts) {
    return texts.stream().map(t -> "\"" + t + "\"").toList().toString();
  }

  private static String shown(String layer) {
    return layer.length() <= SHOWN_CHARS
        ? "  " + layer
        : "  " + layer.substring(0, SHOWN_CHARS) + " … (" + layer.length() + " characters in all)";
  }

  private void failBecause(String message) {
    failWithMessage("%s", message);
  }
}
