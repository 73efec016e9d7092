package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.samples.Sample;

/**
 * Proves that embedding the fonts without their GSUB table (to avoid PDFBox's per-showText regex
 * cost) changes no glyph: for every text run of every sample the GSUB worker of the complete font
 * leaves the glyph ids unchanged.
 *
 * <p>Decomposed (NFD) Vietnamese is not composed by GSUB either: PDFBox's worker leaves the base
 * letters and combining marks as they are, and with no GPOS mark positioning the marks would be
 * drawn as separate glyphs. So the renderer normalises every text to NFC before it measures or
 * draws it; the tests below prove that GSUB does not do this for us and that decomposed certificate
 * data is drawn as the same precomposed text, which GSUB leaves alone.
 */
class GsubProofTest {
  @Test
  void droppingGsubChangesNoGlyphOfAnySampleText() throws IOException {
    for (Face face : Face.values()) {
      try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(face)) {
        if (complete.getGsubData() == GsubData.NO_DATA_FOUND) {
          continue; // PDFBox applies no GSUB to this face either (see substitutes)
        }
        CmapLookup cmap = complete.getUnicodeCmapLookup();
        GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, complete.getGsubData());
        List<String> texts =
            new ArrayList<>(
                List.of(
                    "Tổ chức cấp C/O: Phòng Quản lý xuất nhập khẩu khu vực Đồng Tháp; Hiệp định Thương mại hàng hóa ASEAN",
                    "ĐƯỢC ỦY QUYỀN KÝ ĐƠN ĐỀ NGHỊ CẤP C/O, ưu đãi, Nghị định, Thông tư, số 377 Hùng Vương, phường Đạo Thạnh"));
        for (Sample s : RenderFixture.validSamples().toList()) {
          for (Page p :
              RenderFixture.RENDERER
                  .layout(
                      RenderFixture.CATALOGUE,
                      RenderFixture.certificate(s),
                      RenderOptions.defaults().asSpecimen())
                  .pages()) {
            p.marks().stream()
                .filter(m -> m instanceof Mark.Text t && t.face() == face)
                .map(m -> ((Mark.Text) m).text())
                .forEach(texts::add);
          }
        }
        for (String text : texts) {
          List<Integer> glyphs = text.codePoints().map(cmap::getGlyphId).boxed().toList();
          assertThat(worker.applyTransforms(glyphs)).as(face + ": " + text).isEqualTo(glyphs);
        }
      }
    }
  }

  /**
   * A face whose GSUB table holds no script PDFBox reads gives {@link GsubData#NO_DATA_FOUND}; the
   * content stream then draws its glyphs unsubstituted, so dropping the table cannot change them.
   * Only the data faces may be such faces: the label faces are proven glyph by glyph above.
   */
  @Test
  void onlyADataFaceMayHaveNoGsubDataThatPdfboxApplies() throws IOException {
    for (Face face : Face.values()) {
      try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(face)) {
        if (complete.getGsubData() == GsubData.NO_DATA_FOUND) {
          assertThat(face).isIn(Face.MONO, Face.SANS);
        }
      }
    }
  }

  @Test
  void theCompleteFontHasACompositionFeatureAndTheEmbeddedFontHasNoGsub() throws IOException {
    try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(Face.REGULAR);
        TrueTypeFont embedded = RenderFixture.FONTS.openForEmbedding(Face.REGULAR)) {
      assertThat(complete.getGsubData().getSupportedFeatures()).contains("ccmp");
      assertThat(embedded.getTableMap()).doesNotContainKey("GSUB");
    }
  }

  @Test
  void gsubDoesNotComposeDecomposedVietnameseSoOnlyNormalisingGivesThePrecomposedGlyphs()
      throws IOException {
    try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(Face.REGULAR)) {
      CmapLookup cmap = complete.getUnicodeCmapLookup();
      GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, complete.getGsubData());
      List<Integer> decomposed =
          glyphs(cmap, Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD));
      List<Integer> precomposed =
          glyphs(cmap, Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFC));

      assertThat(worker.applyTransforms(decomposed)).isEqualTo(decomposed);
      assertThat(decomposed).isNotEqualTo(precomposed);
    }
  }

  @Test
  void decomposedCertificateDataIsDrawnPrecomposedAndGsubLeavesItUnchanged() throws IOException {
    Sample sample =
        RenderFixture.validSamples()
            .filter(s -> !Normalizer.isNormalized(s.text(), Normalizer.Form.NFD))
            .findFirst()
            .orElseThrow();
    String decomposed = Normalizer.normalize(sample.text(), Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(sample.text());
    Certificate certificate =
        RenderFixture.READER.read("decomposed.json", decomposed).certificate().orElseThrow();

    List<Mark.Text> drawn = textsOf(certificate);

    assertThat(drawn)
        .extracting(Mark.Text::text)
        .containsExactlyElementsOf(
            textsOf(RenderFixture.certificate(sample)).stream().map(Mark.Text::text).toList());
    assertThat(drawn)
        .allSatisfy(
            t -> assertThat(Normalizer.isNormalized(t.text(), Normalizer.Form.NFC)).isTrue());
    for (Face face : Face.values()) {
      try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(face)) {
        if (complete.getGsubData() == GsubData.NO_DATA_FOUND) {
          continue;
        }
        CmapLookup cmap = complete.getUnicodeCmapLookup();
        GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, complete.getGsubData());
        for (Mark.Text t : drawn) {
          if (t.face() == face) {
            List<Integer> glyphs = glyphs(cmap, t.text());
            assertThat(worker.applyTransforms(glyphs)).as(face + ": " + t.text()).isEqualTo(glyphs);
          }
        }
      }
    }
  }

  private static final String VIETNAMESE = "Phòng Quản lý xuất nhập khẩu khu vực Đồng Tháp";

  private static List<Mark.Text> textsOf(Certificate certificate) {
    return RenderFixture.RENDERER
        .layout(RenderFixture.CATALOGUE, certificate, RenderOptions.defaults())
        .pages()
        .stream()
        .flatMap(p -> p.marks().stream())
        .filter(Mark.Text.class::isInstance)
        .map(Mark.Text.class::cast)
        .toList();
  }

  private static List<Integer> glyphs(CmapLookup cmap, String text) {
    return text.codePoints().map(cmap::getGlyphId).boxed().toList();
  }
}
