package vn.coforms.renderer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.PageRole;

/** The overleaf's fit is worked out once per form definition, and anew for a reloaded one. */
class OverleafFitsTest {
  static final FormDefinition RELOADED_D =
      FormLoader.standard().loadBundled().orThrow().require("d");
  final FormDefinition formD = FormLoader.standard().loadBundled().orThrow().require("d");
  final PageDef overleaf = formD.layout().pages(PageRole.OVERLEAF).get(0);
  final OverleafFits fits = new OverleafFits();
  final AtomicInteger worked = new AtomicInteger();

  OverleafFits.Fit work() {
    worked.incrementAndGet();
    return new OverleafFits.Fit(9.5, 1);
  }

  @Test
  void worksTheFitOutOnceForTheSameDefinition() {
    OverleafFits.Fit first = fits.fit(formD, overleaf, this::work);
    OverleafFits.Fit second = fits.fit(formD, overleaf, this::work);
    assertThat(second).isEqualTo(first).isEqualTo(new OverleafFits.Fit(9.5, 1));
    assertThat(worked).hasValue(1);
  }

  @Test
  void worksItOutAgainForAReloadedDefinitionEvenWhenEqual() {
    FormDefinition reloaded = RELOADED_D;
    assertThat(reloaded).isNotSameAs(formD);
    fits.fit(formD, overleaf, this::work);
    fits.fit(reloaded, reloaded.layout().pages(PageRole.OVERLEAF).get(0), this::work);
    assertThat(worked).hasValue(2);
    assertThat(fits.size()).isEqualTo(2);
  }

  @Test
  void forgetsEveryDefinitionOnceMoreThanTheLimitWereSeen() {
    OverleafFits two = new OverleafFits(2);
    FormDefinition formE = OtherForms.E;
    two.fit(formD, overleaf, this::work);
    two.fit(RELOADED_D, overleaf, this::work);
    assertThat(two.size()).isEqualTo(2);
    two.fit(formE, overleaf, this::work);
    assertThat(two.size()).isEqualTo(1);
    two.fit(formD, overleaf, this::work);
    assertThat(worked).hasValue(4);
  }

  /** A third definition. */
  static final class OtherForms {
    static final FormDefinition E = FormLoader.standard().loadBundled().orThrow().require("e");

    private OtherForms() {}
  }
}
