package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** A catalogue's version names the files it was loaded from, wherever the folder lies. */
class CatalogueVersionTest {
  @Test
  void theSameFilesInAnotherFolderGiveTheSameVersion(@TempDir Path tmp) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(tmp);
    String here = FormLoader.standard().load(tmp).catalogue().version();
    String repository =
        FormLoader.standard().load(DefinitionTestHelper.repositoryForms()).catalogue().version();
    assertThat(here).isEqualTo(repository).hasSize(16);
  }

  @Test
  void aChangeToASharedFileGivesAnotherVersion(@TempDir Path tmp) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(tmp);
    String before = FormLoader.standard().load(tmp).catalogue().version();
    Path countries = tmp.resolve("common/countries.yaml");
    Files.writeString(
        countries,
        Files.readString(countries, StandardCharsets.UTF_8) + "\n# edited\n",
        StandardCharsets.UTF_8);
    String after = FormLoader.standard().load(tmp).catalogue().version();
    assertThat(after).isNotEqualTo(before);
  }
}
