package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.layout.Layout;
import vn.coforms.framework.model.layout.SheetDef;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** The sheets of paper a form is printed on, in printing order (issue 8 point 1). */
class SheetsTest {
  static final Catalogue BUNDLED =
      FormLoader.standard().load(DefinitionTestHelper.repositoryForms()).orThrow();

  @Test
  void everyBundledFormPrintsWhatIsOverleafOnTheBackOfItsFront() {
    for (String id : new String[] {"d", "e", "rcep"}) {
      Layout layout = BUNDLED.require(id).layout();
      assertThat(layout.sheets())
          .as(id)
          .containsExactly(
              new SheetDef("front", Optional.of("overleaf")),
              new SheetDef("continuation", Optional.empty()));
      assertThat(layout.twoSided()).as(id).isTrue();
    }
  }

  @Test
  void theEur1sBoxes13And14AreTheBackOfTheCertificateItself() {
    assertThat(BUNDLED.require("eur1-evfta").layout().sheets())
        .first()
        .isEqualTo(new SheetDef("front", Optional.of("reverse")));
  }

  @Test
  void aLayoutWithoutSheetsPrintsEveryPageOnASheetOfItsOwnContinuationAfterTheFront()
      throws IOException {
    String d =
        Files.readString(
            DefinitionTestHelper.repositoryForms().resolve("d.yaml"), StandardCharsets.UTF_8);
    String without = d.replace("  sheets: [\"@asean/layout.sheets\"]\n", "");
    assertThat(without).isNotEqualTo(d);

    LoadResult result = DefinitionTestHelper.forText("d.yaml", without).load();

    assertThat(result.diagnostics()).isEmpty();
    Layout layout = result.forms().get(0).layout();
    assertThat(layout.sheets())
        .extracting(SheetDef::front)
        .containsExactly("front", "continuation", "overleaf");
    assertThat(layout.twoSided()).isFalse();
  }
}
