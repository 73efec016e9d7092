package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.samples.Samples;

/**
 * The PDF carries its own machine-readable data: certificate.json reads back to the same
 * certificate.
 */
class AttachmentTest {
  @Test
  void theAttachedJsonReadsBackToTheRenderedCertificate() throws IOException {
    Certificate c =
        Samples.of("rcep").stream()
            .filter(s -> s.name().equals("valid-back-to-back"))
            .findFirst()
            .orElseThrow()
            .certificate(RenderFixture.READER);
    try (PDDocument doc =
        Loader.loadPDF(
            RenderFixture.RENDERER.render(RenderFixture.CATALOGUE, c, RenderOptions.defaults()))) {
      PDComplexFileSpecification spec =
          java.util.Objects.requireNonNull(
              doc.getDocumentCatalog()
                  .getNames()
                  .getEmbeddedFiles()
                  .getNames()
                  .get("certificate.json"),
              "certificate.json is attached");
      String json = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
      Certificate back =
          RenderFixture.READER.read("certificate.json", json).certificate().orElseThrow();
      assertThat(back).isEqualTo(c);
      assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Form RCEP No. " + c.fields().get("referenceNo"));
    }
  }
}
