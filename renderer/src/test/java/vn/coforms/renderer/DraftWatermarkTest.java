package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.renderer.layout.Watermark;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/**
 * A certificate rendered from data that failed validation never looks genuine: every page and the
 * PDF metadata say DRAFT – NOT VALID, in English and Vietnamese; a valid render says nothing of it.
 */
class DraftWatermarkTest {
  static Stream<Sample> invalidSamples() {
    return Samples.all().stream().filter(s -> !s.valid()).limit(4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSamples")
  void everyPageOfADraftCarriesTheMarkInItsTextLayer(Sample sample) throws IOException {
    byte[] pdf =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE,
            RenderFixture.certificate(sample),
            RenderOptions.defaults().asDraft());

    List<String> pages = pageTexts(pdf);
    assertThat(pages).isNotEmpty();
    assertThat(pages)
        .allSatisfy(
            text ->
                assertThat(text)
                    .contains(squash(Watermark.DRAFT_EN))
                    .contains(squash(Watermark.DRAFT_VI)));
  }

  @Test
  void aDraftSaysSoInItsInfoDictionaryAndXmpMetadata() throws IOException {
    Sample sample = invalidSamples().findFirst().orElseThrow();
    byte[] pdf =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE,
            RenderFixture.certificate(sample),
            RenderOptions.defaults().asDraft());

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getTitle()).startsWith(Watermark.DRAFT_EN);
      assertThat(doc.getDocumentInformation().getSubject())
          .contains(Watermark.DRAFT_EN)
          .contains(Watermark.DRAFT_VI);
      String xmp =
          new String(
              doc.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp).contains("dc:description").contains(Watermark.DRAFT_VI);
    }
  }

  @Test
  void aLongDraftIsMarkedOnItsContinuationAndOverleafPagesToo() throws IOException {
    Sample sample =
        Samples.of("e").stream()
            .filter(s -> s.name().equals("valid-long"))
            .findFirst()
            .orElseThrow();
    List<String> pages =
        pageTexts(
            RenderFixture.RENDERER.render(
                RenderFixture.CATALOGUE,
                RenderFixture.certificate(sample),
                RenderOptions.defaults().asDraft()));

    assertThat(pages).hasSizeGreaterThan(2).allSatisfy(t -> assertThat(t).contains("DRAFT"));
  }

  @Test
  void aValidRenderHasNoDraftMark() throws IOException {
    Sample sample = RenderFixture.validSamples().findFirst().orElseThrow();
    byte[] pdf =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE, RenderFixture.certificate(sample), RenderOptions.defaults());

    assertThat(pageTexts(pdf)).noneSatisfy(t -> assertThat(t).contains("DRAFT"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getTitle()).doesNotContain("DRAFT");
      assertThat(doc.getDocumentInformation().getSubject()).doesNotContain("DRAFT");
    }
  }

  static List<String> pageTexts(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        out.add(squash(stripper.getText(doc)));
      }
    }
    return out;
  }

  /** Whitespace removed: rotated text comes out of the text layer in runs. */
  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }
}
