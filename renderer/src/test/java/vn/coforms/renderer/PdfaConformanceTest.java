package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.coforms.samples.Sample;

/**
 * veraPDF proves every sample PDF (front, continuation, overleaf, stamps, specimen) is PDF/A-3b.
 */
class PdfaConformanceTest {
  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @org.junit.jupiter.api.Test
  void aPlainPdfWithoutPdfaMetadataIsRejected() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      doc.save(out);
    }
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(out.toByteArray()), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      assertThat(validator.validate(parser).isCompliant()).isFalse();
    }
  }

  /** One invalid sample of each form, rendered as a draft (watermark and draft metadata). */
  static java.util.stream.Stream<Sample> oneDraftPerForm() {
    return vn.coforms.samples.Samples.all().stream()
        .filter(s -> !s.valid())
        .collect(
            Collectors.toMap(Sample::formId, s -> s, (a, b) -> a, java.util.LinkedHashMap::new))
        .values()
        .stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneDraftPerForm")
  void aDraftPdfIsPdfA3bToo(Sample sample) throws Exception {
    assertPdfA3b(
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE,
            RenderFixture.certificate(sample),
            RenderOptions.defaults().asDraft()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void everySamplePdfIsPdfA3b(Sample sample) throws Exception {
    assertPdfA3b(
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE,
            RenderFixture.certificate(sample),
            RenderOptions.defaults().asSpecimen()));
  }

  private static void assertPdfA3b(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      String failures =
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
              .collect(Collectors.joining("\n"));
      assertThat(result.isCompliant()).as(failures).isTrue();
    }
  }
}
