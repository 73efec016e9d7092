package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.Note;
import vn.coforms.framework.model.layout.Column;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.samples.Sample;

/**
 * Every printed label, tick text, column header and overleaf note of the printed pages is in the
 * PDF's text layer.
 */
class TextLayerTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void everyPrintedLabelOfTheFormIsInTheTextLayer(Sample sample) throws IOException {
    FormDefinition form = RenderFixture.CATALOGUE.require(sample.formId());
    var certificate = RenderFixture.certificate(sample);
    var printedPages =
        RenderFixture.RENDERER
            .layout(RenderFixture.CATALOGUE, certificate, RenderOptions.defaults())
            .pages()
            .stream()
            .map(p -> p.pageId())
            .collect(java.util.stream.Collectors.toSet());
    String text =
        extract(
            RenderFixture.RENDERER.render(
                RenderFixture.CATALOGUE, certificate, RenderOptions.defaults()));
    List<String> missing = new ArrayList<>();
    for (String label : printed(form, printedPages)) {
      if (!text.contains(squash(drawnAs(label)))) {
        missing.add(label);
      }
    }
    assertThat(missing).as("labels missing from the text layer").isEmpty();
  }

  /**
   * The printed text of the pages that were rendered (a continuation sheet only when items spill).
   */
  static List<String> printed(FormDefinition form, java.util.Set<String> pageIds) {
    List<String> out = new ArrayList<>();
    for (PageDef page : form.layout().pages()) {
      if (!pageIds.contains(page.id())) {
        continue;
      }
      for (Element e : page.elements()) {
        if (e instanceof Element.Box box) {
          out.add(box.label());
        } else if (e instanceof Element.Text text) {
          out.add(text.text());
        } else if (e instanceof Element.Tick tick) {
          out.add(tick.label());
        } else if (e instanceof Element.Table table) {
          table.columns().stream().map(Column::label).forEach(out::add);
        }
      }
    }
    if (form.layout().pages().stream()
        .anyMatch(
            p ->
                pageIds.contains(p.id())
                    && p.role() == vn.coforms.framework.model.layout.PageRole.OVERLEAF)) {
      form.overleaf().ifPresent(o -> o.notes().stream().map(Note::text).forEach(out::add));
    }
    out.removeIf(String::isBlank);
    return out;
  }

  /**
   * The label as its glyphs are drawn: superscripts ("packages⁽¹⁾", "m³") are printed as their base
   * characters, smaller and raised, so the text layer holds "packages(1)" and "m3".
   */
  static String drawnAs(String label) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      int at = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻".indexOf(c);
      out.append(at >= 0 ? "0123456789()+-".charAt(at) : c);
    }
    return out.toString();
  }

  static String extract(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return squash(new PDFTextStripper().getText(doc));
    }
  }

  static String squash(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }
}
