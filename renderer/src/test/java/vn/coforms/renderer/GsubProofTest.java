package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.junit.jupiter.api.Test;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.samples.Sample;

/**
 * Proves that embedding the fonts without their GSUB table (to avoid PDFBox's per-showText regex
 * cost) changes no glyph: for every text run of every sample, and for Vietnamese text in both NFC
 * and the decomposed form, the GSUB worker of the complete font leaves the glyph ids unchanged.
 */
class GsubProofTest {
  @Test
  void droppingGsubChangesNoGlyphOfAnySampleText() throws IOException {
    for (Face face : Face.values()) {
      try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(face)) {
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
                  .layout(RenderFixture.certificate(s), RenderOptions.defaults().asSpecimen())
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

  @Test
  void theCompleteFontReallyHasASubstitutionThatWouldApplyToDecomposedText() throws IOException {
    try (TrueTypeFont complete = RenderFixture.FONTS.openComplete(Face.REGULAR);
        TrueTypeFont embedded = RenderFixture.FONTS.openForEmbedding(Face.REGULAR)) {
      assertThat(complete.getGsubData().getSupportedFeatures()).contains("ccmp");
      assertThat(embedded.getTableMap()).doesNotContainKey("GSUB");
    }
  }
}
