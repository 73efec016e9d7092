package vn.coforms.testkit.properties;

import java.util.function.IntFunction;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.testkit.Certificates;

/**
 * How many item rows the front page of a form holds, found by laying out certificates with 1, 2, 3
 * … items until the items need one more page (a continuation page, or the front page repeated). A
 * form's tables declare no row count: rows are as tall as their wrapped text, so the capacity is
 * that of the certificates {@code withItems} makes.
 */
final class FrontPageCapacity {
  private FrontPageCapacity() {}

  /**
   * The largest item count laid out on as many pages as a single item, at most {@code maxItems}.
   *
   * @param withItems a certificate of the form with the given number of item rows
   */
  static int of(Certificates kit, IntFunction<Certificate> withItems, int maxItems) {
    int onePage = itemPages(kit.pages(withItems.apply(1)));
    for (int n = 2; n <= maxItems; n++) {
      if (itemPages(kit.pages(withItems.apply(n))) > onePage) {
        return n - 1;
      }
    }
    return maxItems;
  }

  /** The pages that print items: every page but the overleaf and the blank backs of sheets. */
  static int itemPages(PageModel model) {
    return (int)
        model.pages().stream()
            .filter(p -> p.role() != PageRole.OVERLEAF && !p.pageId().equals(Page.BLANK))
            .count();
  }
}
