package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;

/**
 * A form without a continuation page repeats its front page for the items, numbered "Page x of y".
 */
class PaginationTest {
  static final Catalogue PAGED =
      DefinitionTestHelper.forResource("fixtures/paged.yaml").load().orThrow();

  static Certificate withItems(int n) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("description", "Item number " + i + ": frozen pangasius fillets, 10 kg cartons");
      item.put("criterion", "WO");
      items.add(item);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("exporter", "MEKONG FOODS");
    f.put("importingCountry", "LA");
    f.put("items", items);
    return new Certificate("paged", IssuanceMode.NORMAL, LinkedCertificate.NONE, f);
  }

  @Test
  void repeatsTheFrontPageUntilEveryItemIsPrintedAndNumbersThePages() {
    PageModel model = RenderFixture.RENDERER.layout(PAGED, withItems(9), RenderOptions.defaults());
    int pages = model.pages().size();
    assertThat(pages).isGreaterThan(1);
    assertThat(model.pages()).allSatisfy(p -> assertThat(p.role()).isEqualTo(PageRole.FRONT));
    for (Page p : model.pages()) {
      assertThat(texts(p)).contains("Page " + p.number() + " of " + pages);
      assertThat(texts(p))
          .as("a page in the form's own wording gets no label of ours")
          .noneMatch(t -> t.contains(" \u00b7 Page "));
    }
    List<String> all = model.pages().stream().flatMap(p -> texts(p).stream()).toList();
    for (int i = 1; i <= 9; i++) {
      String prefix = i + ". Item number " + i + ":";
      assertThat(all).as("item " + i).anySatisfy(t -> assertThat(t).startsWith(prefix));
    }
  }

  @Test
  void aCertificateThatFitsIsOnePage() {
    PageModel model = RenderFixture.RENDERER.layout(PAGED, withItems(1), RenderOptions.defaults());
    assertThat(model.pages()).hasSize(1);
    assertThat(texts(model.pages().get(0))).contains("Page 1 of 1");
  }

  private static List<String> texts(Page p) {
    return p.marks().stream()
        .filter(m -> m instanceof Mark.Text)
        .map(m -> ((Mark.Text) m).text())
        .toList();
  }
}
