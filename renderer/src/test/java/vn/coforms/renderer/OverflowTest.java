package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Samples;

/**
 * Overflow never hides data: long box text goes to an annex, many items go to continuation pages.
 */
class OverflowTest {
  static Certificate sample(String form, String name) {
    return Samples.of(form).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .certificate(RenderFixture.READER);
  }

  @Test
  void boxTextThatDoesNotFitEvenAtTheMinimumSizeContinuesOnAnAnnexPage() throws IOException {
    StringBuilder longText = new StringBuilder("VINACAFE HIGHLANDS JOINT STOCK COMPANY");
    for (int i = 1; i <= 120; i++) {
      longText.append(" branch").append(i).append(" warehouse").append(i);
    }
    Certificate c = sample("d", "valid-basic").with("exporter", longText.toString());

    PageModel model =
        RenderFixture.RENDERER.layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults());
    // front and overleaf on sheet 1, the annex on the front of sheet 2, a blank back behind it
    assertThat(model.pages())
        .extracting(Page::pageId)
        .containsExactly("front", "overleaf", "annex", Page.BLANK);
    assertThat(texts(model.pages().get(0))).contains("(continued on page 3)");
    assertThat(texts(model.pages().get(2)))
        .contains("Form D No. " + c.fields().get("referenceNo") + " \u00b7 Page 3 of 3");

    String pdfText =
        TextLayerTest.extract(
            RenderFixture.RENDERER.render(RenderFixture.CATALOGUE, c, RenderOptions.defaults()));
    assertThat(Arrays.stream(longText.toString().split(" ")))
        .allSatisfy(word -> assertThat(pdfText).contains(word));
  }

  @Test
  void itemsThatDoNotFitTheFrontPageContinueAndEveryItemIsPrinted() throws IOException {
    for (String form : new String[] {"d", "e", "rcep", "eur1-evfta"}) {
      Certificate c = sample(form, "valid-long");
      PageModel model =
          RenderFixture.RENDERER.layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults());
      assertThat(model.pages().stream().filter(p -> p.role().name().equals("CONTINUATION")))
          .as(form)
          .isNotEmpty();
      String pdfText =
          TextLayerTest.extract(
              RenderFixture.RENDERER.render(RenderFixture.CATALOGUE, c, RenderOptions.defaults()));
      for (Map<String, Object> item : c.rows("items")) {
        Object description = item.get("description");
        String firstWords =
            String.join(
                " ",
                Arrays.asList(TextLayerTest.squash(String.valueOf(description)).split(" "))
                    .subList(0, 3));
        assertThat(pdfText).as(form).contains(firstWords);
      }
    }
  }

  @Test
  void theCopyLabelAndSpecimenAreDrawnAsAsked() {
    Certificate c = sample("e", "valid-basic");
    PageModel model =
        RenderFixture.RENDERER.layout(
            RenderFixture.CATALOGUE,
            c,
            RenderOptions.defaults().withCopy("Duplicate").asSpecimen());
    assertThat(texts(model.pages().get(0))).contains("Duplicate").doesNotContain("Original");
    assertThat(model.pages())
        .allSatisfy(
            p ->
                assertThat(p.marks())
                    .anySatisfy(
                        m ->
                            assertThat(m)
                                .isInstanceOfSatisfying(
                                    Mark.Text.class,
                                    t -> assertThat(t.text()).isEqualTo("SPECIMEN"))));
  }

  @Test
  void issuanceModesPrintTheirMarks() {
    assertThat(stampTexts(sample("d", "valid-retroactive"))).contains("ISSUED RETROACTIVELY");
    assertThat(stampTexts(sample("d", "valid-basic"))).isEmpty();
    Certificate replacement = sample("eur1-evfta", "valid-replacement");
    String all =
        String.join(
            " ",
            texts(
                RenderFixture.RENDERER
                    .layout(RenderFixture.CATALOGUE, replacement, RenderOptions.defaults())
                    .pages()
                    .get(0)));
    assertThat(all).contains("THIS C/O REPLACES THE C/O NO. " + replacement.linked().number());
  }

  private static java.util.List<String> texts(Page p) {
    return p.marks().stream()
        .filter(m -> m instanceof Mark.Text)
        .map(m -> ((Mark.Text) m).text())
        .toList();
  }

  private static java.util.List<String> stampTexts(Certificate c) {
    return RenderFixture.RENDERER
        .layout(RenderFixture.CATALOGUE, c, RenderOptions.defaults())
        .pages()
        .get(0)
        .marks()
        .stream()
        .filter(m -> m instanceof Mark.Text t && t.ink().equals(Mark.Ink.STAMP))
        .map(m -> ((Mark.Text) m).text())
        .toList();
  }
}
