package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;

/** A continuation table prints its own column labels and templates, not the front table's. */
class ContinuationColumnsTest {
  static final Catalogue CONTINUED =
      DefinitionTestHelper.forResource("fixtures/continued.yaml").load().orThrow();

  private static Certificate withItems(int n) {
    Certificate c = PaginationTest.withItems(n);
    return new Certificate("continued", c.mode(), c.linked(), c.fields());
  }

  @Test
  void rowsOnTheContinuationSheetArePrintedWithItsOwnTemplates() {
    PageModel model =
        RenderFixture.RENDERER.layout(CONTINUED, withItems(9), RenderOptions.defaults());
    List<Page> continued =
        model.pages().stream().filter(p -> p.role() == PageRole.CONTINUATION).toList();
    assertThat(continued).isNotEmpty();
    List<String> front = texts(model.pages().get(0));
    List<String> next = continued.stream().flatMap(p -> texts(p).stream()).toList();

    assertThat(front).anySatisfy(t -> assertThat(t).startsWith("1. Item number 1:"));
    assertThat(front).noneSatisfy(t -> assertThat(t).startsWith("Continued"));
    assertThat(next).contains("4. Description (continued)", "<WO>");
    assertThat(next).anySatisfy(t -> assertThat(t).startsWith("Continued 9: Item number 9:"));
    assertThat(next).noneSatisfy(t -> assertThat(t).startsWith("9. Item number 9:"));
  }

  @Test
  void everyItemIsPrintedOnceEitherWay() {
    PageModel model =
        RenderFixture.RENDERER.layout(CONTINUED, withItems(9), RenderOptions.defaults());
    List<String> all = model.pages().stream().flatMap(p -> texts(p).stream()).toList();
    for (int i = 1; i <= 9; i++) {
      String front = i + ". Item number " + i + ":";
      String next = "Continued " + i + ": ";
      assertThat(all.stream().filter(t -> t.startsWith(front) || t.startsWith(next)))
          .as("item " + i)
          .hasSize(1);
    }
  }

  private static List<String> texts(Page p) {
    return p.marks().stream()
        .filter(m -> m instanceof Mark.Text)
        .map(m -> ((Mark.Text) m).text())
        .toList();
  }
}
