package vn.coforms.testkit.assertions;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/A-3b validation, as the renderer's conformance test runs it. */
final class VeraPdf {
  static {
    // Registers the Greenfield parser once, when the first PDF is checked (class initialisation
    // runs once per class loader, under the JVM's lock).
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** Each failed rule as {@code clause-test: message}, once each; empty when the PDF conforms. */
  static List<String> failedClauses(byte[] pdf) {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      return result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(
              a ->
                  a.getRuleId().getClause()
                      + "-"
                      + a.getRuleId().getTestNumber()
                      + ": "
                      + a.getMessage())
          .distinct()
          .collect(
              Collectors.collectingAndThen(
                  Collectors.toList(),
                  l -> l.isEmpty() ? List.of("not compliant, with no failed clause listed") : l));
    } catch (Exception e) {
      // veraPDF's parser and validator declare Exception; a document it cannot open fails too.
      return List.of("the document cannot be parsed: " + e.getMessage());
    }
  }
}
