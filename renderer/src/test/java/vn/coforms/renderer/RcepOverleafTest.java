package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Sample;

/**
 * The RCEP overleaf is numbered as the official form (1-15, the seed's 5-19 minus 4) and note 8
 * prints its two-column table as a table, not as lines of text.
 */
class RcepOverleafTest {
  static final Pattern NOTE_START = Pattern.compile("^(\\d+)\\. [A-Z]");

  static List<Mark.Text> overleafTexts() {
    Sample basic =
        RenderFixture.validSamples()
            .filter(s -> s.formId().equals("rcep") && s.name().equals("valid-basic"))
            .findFirst()
            .orElseThrow();
    PageModel model =
        RenderFixture.RENDERER.layout(
            RenderFixture.CATALOGUE, RenderFixture.certificate(basic), RenderOptions.defaults());
    return model.pages().stream()
        .filter(p -> p.role() == PageRole.OVERLEAF)
        .flatMap(p -> p.marks().stream())
        .filter(Mark.Text.class::isInstance)
        .map(Mark.Text.class::cast)
        .toList();
  }

  static Mark.Text first(List<Mark.Text> texts, String start) {
    Optional<Mark.Text> t = texts.stream().filter(m -> m.text().startsWith(start)).findFirst();
    assertThat(t).as("a text run starting '" + start + "'").isPresent();
    return t.orElseThrow();
  }

  @Test
  void numbersTheNotesOneToFifteenInOrderAtTheLeftMargin() {
    List<Mark.Text> texts = overleafTexts();
    double margin = first(texts, "1. CONDITIONS").x();
    List<Integer> numbers =
        texts.stream()
            .filter(m -> m.x() == margin)
            .map(m -> NOTE_START.matcher(m.text()))
            .filter(Matcher::find)
            .map(m -> Integer.parseInt(m.group(1)))
            .toList();
    assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    assertThat(first(texts, "15. REMARKS").text()).startsWith("15. REMARKS: Box 14");
  }

  @Test
  void printsTheCountryOfOriginTableOfNoteEightInTwoColumns() {
    List<Mark.Text> texts = overleafTexts();
    Mark.Text left = first(texts, "Circumstances");
    Mark.Text right = first(texts, "Insert in Box 11");
    assertThat(right.baseline()).isEqualTo(left.baseline());
    assertThat(right.x()).isGreaterThan(left.x() + 100);
    assertThat(left.face()).isEqualTo(right.face());

    Mark.Text rowA = first(texts, "(a) Goods are in Appendix to Annex I");
    Mark.Text insertA = first(texts, "Indicate the name of the Party that contributed");
    assertThat(rowA.x()).isEqualTo(left.x());
    assertThat(insertA.x()).isEqualTo(right.x());
    assertThat(insertA.baseline()).isEqualTo(rowA.baseline());

    Mark.Text rowC = first(texts, "IN ALL OTHER CIRCUMSTANCES");
    Mark.Text insertC = first(texts, "Indicate the name of the exporting Party");
    assertThat(rowC.x()).isEqualTo(left.x());
    assertThat(insertC.x()).isEqualTo(right.x());
    assertThat(insertC.baseline()).isEqualTo(rowC.baseline());
    assertThat(rowC.baseline()).isGreaterThan(rowA.baseline());

    assertThat(first(texts, "Notes: Notwithstanding").x()).isLessThan(left.x());
    assertThat(texts).noneMatch(t -> t.text().startsWith("Circumstances:"));
  }
}
