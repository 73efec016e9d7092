package vn.coforms.testkit.properties;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF as PDF/A-3b, as the renderer's PdfaConformanceTest takes it. */
final class PdfA3b {
  private PdfA3b() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** Initialises veraPDF's foundry (once per JVM is enough; again is harmless). */
  static PdfA3b validator() {
    return new PdfA3b();
  }

  /** The failed clauses, one line each ({@code 6.2.11.4.1-1: message}); empty when compliant. */
  List<String> failures(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause()
                          + "-"
                          + a.getRuleId().getTestNumber()
                          + ": "
                          + a.getMessage())
              .distinct()
              .toList();
      return result.isCompliant() || !failed.isEmpty()
          ? failed
          : List.of("not compliant, without a failed assertion");
    }
  }
}
