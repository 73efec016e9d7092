package vn.coforms.renderer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/** The bundled forms and one renderer, shared by the renderer tests (both are immutable). */
final class RenderFixture {
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  static final FontBook FONTS = FontBook.fromClasspath();
  static final Catalogue CATALOGUE = FormLoader.standard().loadBundled().orThrow();
  static final CertificateValidator VALIDATOR = new CertificateValidator(TODAY);
  static final CertificateRenderer RENDERER =
      new CertificateRenderer(FONTS, new TemplateEngine(), VALIDATOR);
  static final CertificateReader READER = new CertificateReader();

  private RenderFixture() {}

  static Stream<Sample> validSamples() {
    return Samples.all().stream().filter(Sample::valid);
  }

  static Certificate certificate(Sample s) {
    return s.certificate(READER);
  }
}
