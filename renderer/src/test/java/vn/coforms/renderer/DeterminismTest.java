package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.samples.Sample;

class DeterminismTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void renderingTheSameCertificateTwiceGivesIdenticalBytes(Sample sample) {
    var certificate = RenderFixture.certificate(sample);
    byte[] first = RenderFixture.RENDERER.render(certificate, RenderOptions.defaults());
    var fresh =
        new CertificateRenderer(
            RenderFixture.CATALOGUE,
            FontBook.fromClasspath(),
            new TemplateEngine(),
            RenderFixture.TODAY);
    byte[] second = fresh.render(certificate, RenderOptions.defaults());
    assertThat(second).isEqualTo(first);
  }
}
