package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/**
 * Drafts of wrong data (render --allow-invalid) still lay out and render; the renderer never trips
 * on bad values.
 */
class DraftRenderingTest {
  static Stream<Sample> invalidSamples() {
    return Samples.all().stream().filter(s -> !s.valid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSamples")
  void anInvalidCertificateStillRendersAsADraft(Sample sample) {
    byte[] pdf =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE,
            RenderFixture.certificate(sample),
            RenderOptions.defaults().asDraft());
    assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-1.");
    assertThat(
            RenderFixture.RENDERER
                .layout(
                    RenderFixture.CATALOGUE,
                    RenderFixture.certificate(sample),
                    RenderOptions.defaults())
                .pages())
        .isNotEmpty();
  }
}
