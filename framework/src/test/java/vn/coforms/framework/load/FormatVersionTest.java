package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.DataFace;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** The format version every form file declares (docs/format.md, "Compatibility"). */
class FormatVersionTest {
  private final Path dir = freshFolder();

  private static Path freshFolder() {
    try {
      return Files.createTempDirectory("coforms-format");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private LoadResult load(String name, String text) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(dir);
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return FormLoader.standard().load(dir.resolve("common"), List.of(file));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            FormatVersionTest.class.getClassLoader().getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String minimal() throws IOException {
    return resource("good/minimal.yaml");
  }

  private static String older() throws IOException {
    return resource("format/older.yaml");
  }

  private static List<String> rendered(LoadResult result) {
    return result.diagnostics().stream().map(Diagnostic::render).toList();
  }

  @Nested
  class TheCurrentVersion {
    @Test
    void aFormWrittenForTheCurrentVersionLoads() throws IOException {
      LoadResult result = load("minimal", minimal());

      assertThat(rendered(result)).isEmpty();
      assertThat(result.forms()).extracting(FormDefinition::id).containsExactly("minimal");
    }

    @Test
    void everyBundledFormDeclaresTheCurrentVersion() throws IOException {
      for (String id : List.of("d", "e", "rcep", "eur1-evfta")) {
        String text =
            Files.readString(DefinitionTestHelper.repositoryForms().resolve(id + ".yaml"));
        assertThat(text).as(id).contains("\nformat: " + FormatVersion.CURRENT + "\nid: " + id);
      }
    }

    @Test
    void aMissingFormatIsALocatedErrorWithTheFixAndTheRestIsStillChecked() throws IOException {
      LoadResult result =
          load(
              "minimal",
              minimal().replace("\nformat: 1\n", "\n").replace("numberField:", "numberFeld:"));

      assertThat(result.forms()).isEmpty();
      assertThat(result.diagnostics())
          .extracting(Diagnostic::code)
          .containsExactly("format.missing", "yaml.missing-key", "yaml.unknown-key");
      Diagnostic missing = result.diagnostics().get(0);
      assertThat(missing.at().line()).isEqualTo(1);
      assertThat(missing.message())
          .isEqualTo("the form file does not say which format version it was written for");
      assertThat(missing.fix()).startsWith("add 'format: 1' at the top level");
    }

    @Test
    void aFormatThatIsNoVersionStopsTheFile() throws IOException {
      LoadResult result =
          load("minimal", minimal().replace("\nformat: 1\n", "\nformat: \"1.0\"\n"));

      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("format.invalid");
                assertThat(d.at().line()).isEqualTo(2);
                assertThat(d.at().column()).isEqualTo(9);
              });
    }
  }

  @Nested
  class ANewerVersion {
    @Test
    void isOneClearErrorAndNothingElseOfTheFileIsJudged() throws IOException {
      LoadResult result =
          load(
              "minimal",
              minimal()
                  .replace("\nformat: 1\n", "\nformat: 2\n")
                  .replace("numberField:", "numberLabel: x\nnumberField:"));

      assertThat(result.forms()).isEmpty();
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("format.newer");
                assertThat(d.at().line()).isEqualTo(2);
                assertThat(d.message())
                    .isEqualTo("written for format 2; this coforms reads format 1 and older");
                assertThat(d.fix()).isEqualTo("update coforms to a release that reads format 2");
              });
    }

    @Test
    void inASharedFileLeavesTheFileOut() throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path texts = dir.resolve("common/texts.yaml");
      String text = Files.readString(texts);
      Files.writeString(
          texts, text.replaceFirst("\ntexts:\n", "\nformat: 2\ntexts:\n"), StandardCharsets.UTF_8);

      LoadResult result =
          FormLoader.standard().load(dir.resolve("common"), List.of(dir.resolve("d.yaml")));

      assertThat(result.diagnostics())
          .extracting(Diagnostic::code)
          .contains("format.newer", "ref.unknown-file");
      assertThat(result.forms()).isEmpty();
    }
  }

  @Nested
  class AnOlderVersion {
    @Test
    void lintSaysExactlyWhichLinesToChangeAndWhatToWrite() throws IOException {
      LoadResult result = load("older", older());

      assertThat(result.forms()).isEmpty();
      assertThat(result.diagnostics())
          .extracting(d -> d.code() + " " + d.at().line() + ":" + d.at().column())
          .containsExactly("format.changed 46:1", "format.changed 62:1");
      assertThat(result.diagnostics().get(0).message())
          .isEqualTo(
              "written for format 0: 'issuance' has no 'dateFields', so the certificate was dated"
                  + " by certificationDate; from format 1 it is dated by the first filled date"
                  + " field in the order declared (exportDate, certificationDate)");
      assertThat(result.diagnostics().get(0).fix())
          .isEqualTo(
              "write 'dateFields: [certificationDate]' under 'issuance:' to keep that, then"
                  + " 'format: 1'");
      assertThat(result.diagnostics().get(1).message())
          .startsWith("written for format 0: 'layout' has no 'dataFace'");
      assertThat(result.diagnostics().get(1).fix())
          .startsWith("write 'dataFace: serif' under 'layout:'");
    }

    @Test
    void loadsOnceTheFixesAreAppliedAndMeansWhatItMeantBefore() throws IOException {
      String fixed = applyTheFixes(older());

      LoadResult result = load("older", fixed);

      assertThat(rendered(result)).isEmpty();
      FormDefinition form = result.forms().get(0);
      assertThat(form.layout().dataFace()).isEqualTo(DataFace.SERIF);
      assertThat(form.issuance().dateFields()).containsExactly("certificationDate");
    }

    @Test
    void loadsTheSameWithTheVersionRaised() throws IOException {
      String fixed = applyTheFixes(older()).replace("\nformat: 0\n", "\nformat: 1\n");

      LoadResult result = load("older", fixed);

      assertThat(rendered(result)).isEmpty();
      assertThat(result.forms().get(0).layout().dataFace()).isEqualTo(DataFace.SERIF);
    }

    @Test
    void thatUsesNothingWhoseMeaningChangedLoadsUnchanged() throws IOException {
      String text =
          minimal()
              .replace("\nformat: 1\n", "\nformat: 0\n")
              .replace("  labelFont:", "  dataFace: mono\n  labelFont:");

      LoadResult result = load("minimal", text);

      assertThat(rendered(result)).isEmpty();
    }

    private static String applyTheFixes(String text) {
      return text.replace(
              "  modes: [normal]\n", "  modes: [normal]\n  dateFields: [certificationDate]\n")
          .replace("  labelFont:", "  dataFace: serif\n  labelFont:");
    }
  }
}
