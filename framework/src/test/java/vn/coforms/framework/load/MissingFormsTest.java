package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.MissingForm;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** Forms the procedures name whose template is not available: listed, never loaded as forms. */
class MissingFormsTest {
  @Test
  void theBundledCatalogueListsAjAhkAndTurkeyAsMissingWithWhyAndWhatIsNeeded() {
    Catalogue bundled =
        FormLoader.standard().load(DefinitionTestHelper.repositoryForms()).orThrow();

    assertThat(bundled.missing())
        .extracting(MissingForm::code, MissingForm::procedure)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AJ", "1.000432"),
            org.assertj.core.groups.Tuple.tuple("AHK", "1.007968"),
            org.assertj.core.groups.Tuple.tuple("Turkey", "1.003400"));
    assertThat(bundled.missing().get(0).needed())
        .isEqualTo(
            new Bilingual(
                "The text of Form AJ and its overleaf notes, Annex II (Phụ lục II) of Circular"
                    + " 37/2022/TT-BCT.",
                "Văn bản Mẫu AJ và ghi chú mặt sau, Phụ lục II Thông tư 37/2022/TT-BCT."));
    assertThat(bundled.forms()).noneMatch(f -> f.code().equals("AJ") || f.code().equals("AHK"));
  }

  @Test
  void anEntryWithoutWhatIsNeededIsALocatedSchemaError(@TempDir Path forms) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(forms);
    Path missing = forms.resolve("common/missing.yaml");
    String text = Files.readString(missing, StandardCharsets.UTF_8);
    String firstNeeded =
        "    needed:\n"
            + "      en: The text of Form AJ and its overleaf notes, Annex II (Phụ lục II) of"
            + " Circular 37/2022/TT-BCT.\n"
            + "      vi: Văn bản Mẫu AJ và ghi chú mặt sau, Phụ lục II Thông tư 37/2022/TT-BCT.\n";
    assertThat(text).containsOnlyOnce(firstNeeded);
    Files.writeString(missing, text.replace(firstNeeded, ""), StandardCharsets.UTF_8);

    LoadResult result = FormLoader.standard().load(forms);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::render)
        .anySatisfy(d -> assertThat(d).contains("missing.yaml:", "needed").contains("error["));
  }
}
