package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.samples.Sample;

/**
 * Same certificate, same bytes, whatever the time: the second rendering runs on a fresh renderer
 * whose clock is years, hours and time zones away from the first, so a clock that leaks into the
 * PDF (a creation date, an id seeded by the time, "today" on a stamp) fails the comparison.
 */
class DeterminismTest {
  /** Another year, day, time of day and zone than {@link RenderFixture#TODAY}. */
  static final Clock ANOTHER_DAY =
      Clock.fixed(Instant.parse("2031-07-14T21:17:43Z"), ZoneId.of("America/Los_Angeles"));

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void renderingTheSameCertificateOnAnotherDayGivesIdenticalBytes(Sample sample) {
    var certificate = RenderFixture.certificate(sample);
    byte[] first =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE, certificate, RenderOptions.defaults());
    var later =
        new CertificateRenderer(
            FontBook.fromClasspath(), new TemplateEngine(), new CertificateValidator(ANOTHER_DAY));
    byte[] second = later.render(RenderFixture.CATALOGUE, certificate, RenderOptions.defaults());
    assertThat(second).isEqualTo(first);
  }
}
