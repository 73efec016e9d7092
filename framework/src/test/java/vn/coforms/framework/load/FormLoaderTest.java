package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class FormLoaderTest {

  @Nested
  class AMinimalForm {
    @Test
    void loadsWithoutDiagnostics() {
      var result = DefinitionTestHelper.forResource("good/minimal.yaml").load();
      assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
      assertThat(result.forms()).extracting(FormDefinition::id).containsExactly("minimal");
    }

    @Test
    void resolvesSharedFragmentsAndDefaultsThePrintedPartyNames() {
      FormDefinition form =
          DefinitionTestHelper.forResource("good/minimal.yaml").load().forms().get(0);
      assertThat(form.procedure().fees()).hasSize(2);
      assertThat(form.procedure().fees().get(0).issue()).isEqualTo(30000);
      assertThat(form.agreement().parties())
          .extracting(p -> p.printed())
          .containsExactly("VIET NAM", "LAO PDR");
    }

    @Test
    void getsTheSharedRulesBeforeItsOwn() {
      FormDefinition form =
          DefinitionTestHelper.forResource("good/minimal.yaml").load().forms().get(0);
      assertThat(form.rules().get(0).id()).startsWith("common.");
      assertThat(form.rules().get(form.rules().size() - 1).id())
          .isEqualTo("minimal.fob.only-with-rvc");
    }

    @Test
    void buildsTheItemGroupWithItsTypedFields() {
      FormDefinition form =
          DefinitionTestHelper.forResource("good/minimal.yaml").load().forms().get(0);
      assertThat(form.fieldAt("items.fob"))
          .get()
          .extracting(f -> f.type())
          .isEqualTo(FieldType.MONEY);
      assertThat(form.field("items"))
          .get()
          .extracting(f -> ((FieldSpec.Group) f.spec()).minItems())
          .isEqualTo(1);
    }
  }

  @Nested
  class ABrokenForm {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "bad/unknown-key.yaml",
          "bad/bad-indentation.yaml",
          "bad/dangling-field-reference.yaml",
          "bad/box-outside-page.yaml",
          "bad/criterion-pattern.yaml",
          "bad/expression-errors.yaml",
          "bad/duplicate-ids.yaml",
          "bad/wrong-types.yaml",
          "bad/unknown-reference.yaml",
          "bad/id-mismatch.yaml",
          "bad/footer-column.yaml",
          "bad/template-branches.yaml",
          "bad/continuation-unused.yaml"
        })
    void reportsEveryMarkedProblemOnItsLineAndNothingElse(String fixture) {
      var result = DefinitionTestHelper.forResource(fixture).expectExactlyTheMarkedDiagnostics();
      assertThat(result.forms()).isEmpty();
      assertThat(result.failedFiles()).hasSize(1);
    }

    @Test
    void reportsSheetsThatNameUnknownPagesPagesOfTheWrongRoleOrAPageTwiceOrNone() {
      var result =
          DefinitionTestHelper.forResource("bad/sheets.yaml").expectExactlyTheMarkedDiagnostics();
      assertThat(result.forms()).isEmpty();
    }

    @Test
    void reportsAContinuationTableThatContinuesAnotherGroup() {
      var result =
          DefinitionTestHelper.forResource("bad/continuation-group.yaml")
              .expectExactlyTheMarkedDiagnostics();
      assertThat(result.forms()).isEmpty();
    }

    @Test
    void neverStopsTheOtherFormsFromLoading() throws IOException {
      Path dir = Files.createTempDirectory("coforms-two");
      Path forms = DefinitionTestHelper.repositoryForms();
      copy(forms.resolve("schema"), dir.resolve("schema"));
      copy(forms.resolve("common"), dir.resolve("common"));
      Files.writeString(dir.resolve("minimal.yaml"), read("good/minimal.yaml"));
      Files.writeString(dir.resolve("unknown-key.yaml"), read("bad/unknown-key.yaml"));

      LoadResult result = FormLoader.standard().load(dir);

      assertThat(result.forms()).extracting(FormDefinition::id).containsExactly("minimal");
      assertThat(result.failedFiles()).singleElement().asString().endsWith("unknown-key.yaml");
      assertThat(result.report())
          .contains("Loaded 1 form(s): minimal")
          .contains("Not loaded:")
          .contains("unknown-key.yaml:");
    }

    @Test
    void reportsAFileWithoutSchemaModeline() {
      String text =
          read("good/minimal.yaml")
              .replaceFirst("# yaml-language-server: \\$schema=schema/coforms.schema.json\n", "");
      var result = DefinitionTestHelper.forText("minimal.yaml", text).load();
      assertThat(result.diagnostics())
          .extracting(Diagnostic::code)
          .containsExactly("schema.modeline");
    }

    @Test
    void rejectsAYamlAliasInsteadOfReadingItsNameAsALabel() {
      String text =
          read("good/minimal.yaml")
              .replace(
                  "title: { en: \"A minimal certificate\"",
                  "title: { en: &lbl \"A minimal certificate\"")
              .replace("label: { en: \"Exporter\"", "label: { en: *lbl");
      var result = DefinitionTestHelper.forText("minimal.yaml", text).load();
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("yaml.alias");
                assertThat(d.render())
                    .contains(
                        "minimal.yaml:20:88: error[yaml.alias]: YAML aliases are not supported:"
                            + " '*lbl'");
              });
    }

    @Test
    void reportsDuplicateKeysAsSyntaxErrors() {
      String text =
          read("good/minimal.yaml").replace("code: \"X\"\n", "code: \"X\"\ncode: \"Y\"\n");
      var result = DefinitionTestHelper.forText("minimal.yaml", text).load();
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("yaml.syntax");
                assertThat(d.message()).contains("duplicate key").contains("code");
                assertThat(d.at().line()).isEqualTo(5);
              });
    }
  }

  private static String read(String resource) {
    try (var in = FormLoaderTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(p.getFileName().toString()));
      }
    }
  }
}
