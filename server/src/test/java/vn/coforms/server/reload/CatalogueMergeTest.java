package vn.coforms.server.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** Which version of each form a reload puts in force. */
class CatalogueMergeTest {
  final FormLoader loader = FormLoader.standard();
  Path forms = Path.of("");
  Catalogue good = Catalogue.empty();

  @BeforeEach
  void loadAGoodFolder(@TempDir Path temp) throws Exception {
    forms = temp.resolve("forms").toAbsolutePath().normalize();
    LiveReloadTest.copy(DefinitionTestHelper.repositoryRoot().resolve("forms"), forms);
    good = loader.load(forms).orThrow();
  }

  CatalogueMerge.Merged reload() {
    return new CatalogueMerge(forms).merge(loader.load(forms), good);
  }

  void edit(String file, String from, String to) throws Exception {
    String text = Files.readString(forms.resolve(file));
    assertThat(text).contains(from);
    Files.writeString(forms.resolve(file), text.replace(from, to));
  }

  @Test
  void takesTheNewVersionOfACleanFormAndKeepsTheLastGoodOneOfABrokenForm() throws Exception {
    edit("d.yaml", "code: \"D\"", "code: [");
    edit("e.yaml", "id: e\n", "id: e\ncolour: red\n");
    edit("rcep.yaml", "id: rcep\n", "id: rcep\n# edited\n");

    CatalogueMerge.Merged merged = reload();

    assertThat(merged.kept()).containsExactly("d", "e");
    assertThat(merged.catalogue().require("d")).isSameAs(good.require("d"));
    assertThat(merged.catalogue().require("e")).isSameAs(good.require("e"));
    assertThat(merged.catalogue().require("rcep")).isNotSameAs(good.require("rcep"));
    assertThat(merged.problems().get("d")).isNotEmpty();
    assertThat(merged.problems().get("e")).isNotEmpty();
    assertThat(merged.problems().get("rcep")).isEmpty();
    assertThat(merged.catalogue().version()).isNotEqualTo(good.version());
  }

  @Test
  void aBrokenSharedFragmentNoFormRefersToKeepsEveryFormAndTheReferenceData() throws Exception {
    edit("common/rules.yaml", "rules:", "rules: [");
    edit("rcep.yaml", "id: rcep\n", "id: rcep\n# edited\n");

    CatalogueMerge.Merged merged = reload();

    assertThat(merged.kept())
        .containsExactlyElementsOf(
            DefinitionTestHelper.repositoryFormIds().stream().sorted().toList());
    assertThat(merged.catalogue().require("rcep")).isSameAs(good.require("rcep"));
    assertThat(merged.problems().get("rcep"))
        .anySatisfy(p -> assertThat(p.at().file()).endsWith("rules.yaml"));
    assertThat(merged.catalogue().countries()).isEqualTo(good.countries());
    assertThat(merged.catalogue().workingDays()).isSameAs(good.workingDays());
  }

  @Test
  void anUnchangedFolderGivesTheSameVersion() {
    CatalogueMerge.Merged merged = reload();

    assertThat(merged.kept()).isEmpty();
    assertThat(merged.catalogue().version()).isEqualTo(good.version());
  }

  @Test
  void aDeletedFormIsNoLongerServed() throws Exception {
    Files.delete(forms.resolve("rcep.yaml"));

    CatalogueMerge.Merged merged = reload();

    assertThat(merged.catalogue().form("rcep")).isEmpty();
    assertThat(merged.problems()).doesNotContainKey("rcep");
  }
}
