package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Samples;

/**
 * Filled-in data is printed in a face of its own (typewritten Liberation Mono unless the form
 * declares {@code layout.dataFace}), so it stands apart from the printed labels (Liberation Serif).
 */
class DataFaceTest {
  static Certificate formDBasic() {
    return Samples.of("d").stream()
        .filter(s -> s.name().equals("valid-basic"))
        .findFirst()
        .orElseThrow()
        .certificate(RenderFixture.READER);
  }

  static List<Mark.Text> texts(PageModel model) {
    return model.pages().get(0).marks().stream()
        .filter(Mark.Text.class::isInstance)
        .map(Mark.Text.class::cast)
        .toList();
  }

  static Mark.Text startingWith(List<Mark.Text> texts, String start) {
    return texts.stream()
        .filter(t -> t.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no text run starts with '" + start + "'"));
  }

  @Test
  void printsLabelsInSerifAndTheDataFilledInInMonoByDefault() {
    Certificate c = formDBasic();
    List<Mark.Text> texts =
        texts(RenderFixture.RENDERER.layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults()));
    String exporter = String.valueOf(c.fields().get("exporter")).lines().findFirst().orElseThrow();

    assertThat(startingWith(texts, "1. Goods consigned from").face()).isEqualTo(Face.REGULAR);
    assertThat(startingWith(texts, exporter.substring(0, 12)).face()).isEqualTo(Face.MONO);
    assertThat(startingWith(texts, "8. Origin").face()).isEqualTo(Face.REGULAR);
  }

  @Test
  void printsAFillInOnItsLeaderInTheDataFaceToo() {
    Certificate c = formDBasic();
    List<Mark.Text> texts =
        texts(RenderFixture.RENDERER.layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults()));
    String place = String.valueOf(c.fields().get("declarationPlace"));

    assertThat(startingWith(texts, place).face()).isEqualTo(Face.MONO);
  }

  @Test
  void embedsTheDataFaceBesideTheLabelFace() throws IOException {
    byte[] pdf =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE, formDBasic(), RenderOptions.defaults());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDResources resources = doc.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name).getName());
      }
      assertThat(fonts)
          .anySatisfy(f -> assertThat(f).endsWith("+LiberationMono"))
          .anySatisfy(f -> assertThat(f).endsWith("+LiberationSerif"));
    }
  }

  @Test
  void aFormMayDeclareSansForItsData() throws IOException {
    String text =
        fixture("fixtures/paged.yaml")
            .replace("labelFont: { size: 7 }", "labelFont: { size: 7 }\n  dataFace: sans");
    Catalogue sans = DefinitionTestHelper.forText("paged.yaml", text).load().orThrow();
    List<Mark.Text> texts =
        texts(
            RenderFixture.RENDERER.layout(
                sans, PaginationTest.withItems(1), RenderOptions.defaults()));
    assertThat(startingWith(texts, "1. Item number 1").face()).isEqualTo(Face.SANS);
    assertThat(startingWith(texts, "MEKONG FOODS").face()).isEqualTo(Face.SANS);
    assertThat(startingWith(texts, "4. Description").face()).isEqualTo(Face.REGULAR);
  }

  private static String fixture(String resource) throws IOException {
    try (InputStream in = DataFaceTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
