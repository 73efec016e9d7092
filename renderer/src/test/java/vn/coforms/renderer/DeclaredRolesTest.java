package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * A form whose fields have other names than the bundled forms' works: the number and the dating
 * fields are the ones the form declares, not names built into the renderer.
 */
class DeclaredRolesTest {
  static final Catalogue OTHER =
      DefinitionTestHelper.forResource("good/other-names.yaml").load().orThrow();

  private static Certificate certificate() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("serial", "X-2026-0042");
    f.put("exporter", "MEKONG FOODS");
    f.put("importingCountry", "LA");
    f.put("signedOn", "2026-03-02");
    f.put("stampedOn", "2026-03-05");
    f.put("items", List.of(Map.of("description", "Rice", "criterion", "WO")));
    return new Certificate("other-names", IssuanceMode.NORMAL, LinkedCertificate.NONE, f);
  }

  @Test
  void datesThePdfByTheFirstFilledDateFieldTheFormNames() throws IOException {
    try (PDDocument doc =
        Loader.loadPDF(
            RenderFixture.RENDERER.render(OTHER, certificate(), RenderOptions.defaults()))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertThat(info.getCreationDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate())
          .isEqualTo(LocalDate.of(2026, 3, 5));
      assertThat(info.getTitle()).isEqualTo("Form X No. X-2026-0042");
    }
  }
}
