package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.renderer.layout.RenderException;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/**
 * The renderer never draws a glyph its font lacks, nor a control or bidi override: it refuses,
 * naming the character, instead of printing "?" or writing ill-formed XMP metadata.
 */
class UnprintableTextTest {
  static Certificate formD() {
    Sample basic =
        Samples.all().stream()
            .filter(s -> s.formId().equals("d") && s.valid())
            .findFirst()
            .orElseThrow();
    return RenderFixture.certificate(basic);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"VN-\u0000-1", "VN-\u001b[2J", "VN-\u202e1-GPN", "VN-中-1", "VN-\ud83d\ude00"})
  void refusesACertificateNumberItCannotPrint(String number) {
    Certificate c = formD().with("referenceNo", number);
    assertThatThrownBy(
            () ->
                RenderFixture.RENDERER.render(RenderFixture.CATALOGUE, c, RenderOptions.defaults()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("holds character U+")
        .hasMessageContaining("field.character")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000", "\u001b", "\u202e"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"VINAFOOD 中国", "ACME \u05d0\u05d1", "ACME\u0007"})
  void refusesAnExporterItCannotPrint(String exporter) {
    Certificate c = formD().with("exporter", exporter);
    assertThatThrownBy(
            () ->
                RenderFixture.RENDERER.layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("cannot print");
  }
}
