package vn.coforms.testkit.assertions;

import vn.coforms.renderer.layout.PageModel;
import vn.coforms.testkit.Findings;
import vn.coforms.testkit.Pdf;

/**
 * The entry point of the coforms assertions, in AssertJ's style. It overloads {@code assertThat}
 * only for coforms' own types, so it can be statically imported next to {@code
 * org.assertj.core.api.Assertions.assertThat} without a clash:
 *
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 * import static vn.coforms.testkit.assertions.CoformsAssertions.assertThat;
 *
 * assertThat(certificates.check(certificate)).isClean();
 * assertThat(certificates.render(certificate)).isPdfA().containsText("Form E");
 * assertThat(certificates.pages(certificate)).everyTextInsideItsRectangle();
 * }</pre>
 */
public final class CoformsAssertions {
  private CoformsAssertions() {}

  /** Assertions on the findings of a certificate ({@code Certificates.check}). */
  public static FindingsAssert assertThat(Findings actual) {
    return new FindingsAssert(actual);
  }

  /** Assertions on a rendered certificate ({@code Certificates.render}). */
  public static PdfAssert assertThat(Pdf actual) {
    return new PdfAssert(actual);
  }

  /** Assertions on a laid-out certificate ({@code Certificates.pages}). */
  public static PageModelAssert assertThat(PageModel actual) {
    return new PageModelAssert(actual);
  }
}
