import static vn.coforms.testkit.assertions.CoformsAssertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.junit.CoformsTest;
import vn.coforms.testkit.junit.Generated;

@CoformsTest
class FormETest {
  @Test
  void fortyItemsCheckAndPrint(@Generated(form = "e", items = 40) Certificate e, Certificates c) {
    assertThat(c.check(e)).isClean();
    assertThat(c.render(e)).isPdfA().containsText("FORM E");
    assertThat(c.pages(e)).everyTextInsideItsRectangle();
  }
}
