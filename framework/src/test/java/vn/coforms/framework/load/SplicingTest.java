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
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** A reference to a shared list, written as an item of a list, splices the list's items in. */
class SplicingTest {
  private final Path dir = freshFolder();

  private static Path freshFolder() {
    try {
      return Files.createTempDirectory("coforms-splice");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final String EXPORTER =
      "  - { id: exporter, box: \"1\", type: text, required: true, maxLength: 200, label: { en:"
          + " \"Exporter\", vi: \"Người xuất khẩu\" } }\n";
  static final String COUNTRY =
      "  - { id: importingCountry, box: \"2\", type: country, within: parties, required: true,"
          + " label: { en: \"Importing country\", vi: \"Nước nhập khẩu\" } }\n";

  /** {@code common/asean.yaml}: boxes 1 and 2, their layout elements and one rule. */
  static final String ASEAN =
      "# yaml-language-server: $schema=../schema/coforms.schema.json\n"
          + "asean:\n"
          + "  fields:\n"
          + "    boxes-1-2:\n"
          + "      - { id: exporter, box: \"1\", type: text, required: true, maxLength: 200, label:"
          + " { en: \"Exporter\", vi: \"Người xuất khẩu\" } }\n"
          + "      - { id: importingCountry, box: \"2\", type: country, within: parties, required:"
          + " true, label: { en: \"Importing country\", vi: \"Nước nhập khẩu\" } }\n"
          + "  elements:\n"
          + "    boxes-1-2:\n"
          + "      - { type: box, id: box1, rect: [10, 10, 95, 30], label: \"1. Exporter\", content:"
          + " \"${exporter}\" }\n"
          + "      - { type: box, id: box2, rect: [105, 10, 95, 30], label: \"2. Importing"
          + " country\", content: \"${importingCountryName}\" }\n"
          + "  rules:\n"
          + "    exhibition:\n"
          + "      - id: minimal.exhibition.name\n"
          + "        kind: required\n"
          + "        fields: [exhibitionName]\n"
          + "        when: \"exhibition\"\n"
          + "        message: { en: \"Exhibition ticked: name it in box 2.\", vi: \"Đã đánh dấu"
          + " triển lãm: ghi tên tại ô 2.\" }\n"
          + "        source: \"test fixture\"\n";

  private static String minimal() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            SplicingTest.class.getClassLoader().getResourceAsStream("good/minimal.yaml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The minimal form with boxes 1 and 2, their elements and the exhibition rule shared. */
  private static String spliced() throws IOException {
    String text = minimal();
    String elements =
        "        - { type: box, id: box1, rect: [10, 10, 95, 30], label: \"1. Exporter\", content:"
            + " \"${exporter}\" }\n"
            + "        - { type: box, id: box2, rect: [105, 10, 95, 30], label: \"2. Importing"
            + " country\", content: \"${importingCountryName}\" }\n";
    String rule =
        text.substring(
            text.indexOf("  - id: minimal.exhibition.name"),
            text.indexOf("  - id: minimal.fob.only-with-rvc"));
    assertThat(text).contains(EXPORTER + COUNTRY).contains(elements);
    return text.replace(EXPORTER + COUNTRY, "  - \"@asean/fields.boxes-1-2\"\n")
        .replace(elements, "        - \"@asean/elements.boxes-1-2\"\n")
        .replace(rule, "  - \"@asean/rules.exhibition\"\n");
  }

  private void copyForms() throws IOException {
    if (!Files.exists(dir.resolve("schema"))) {
      DefinitionTestHelper.copyRepositoryForms(dir);
    }
  }

  private LoadResult load(String form, String shared) throws IOException {
    copyForms();
    Files.writeString(dir.resolve("common/asean.yaml"), shared, StandardCharsets.UTF_8);
    Path file = dir.resolve("minimal.yaml");
    Files.writeString(file, form, StandardCharsets.UTF_8);
    return FormLoader.standard().load(dir.resolve("common"), List.of(file));
  }

  private static int lineOf(String text, String part) {
    return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
  }

  @Nested
  class ASharedList {
    @Test
    void splicesFieldsLayoutElementsAndRulesInPlace() throws IOException {
      LoadResult result = load(spliced(), ASEAN);

      assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
      FormDefinition form = result.forms().get(0);
      assertThat(form.fields())
          .extracting(FieldDef::id)
          .containsExactly(
              "referenceNo",
              "exporter",
              "importingCountry",
              "exhibition",
              "exhibitionName",
              "items");
      assertThat(form.rules())
          .extracting(r -> r.id())
          .containsSubsequence("minimal.exhibition.name", "minimal.fob.only-with-rvc");
    }

    @Test
    void loadsTheSameFormAsWritingTheItemsOut() throws IOException {
      FormDefinition written = load(minimal(), ASEAN).forms().get(0);
      FormDefinition shared = load(spliced(), ASEAN).forms().get(0);

      assertThat(shared.fields())
          .extracting(FieldDef::id)
          .isEqualTo(written.fields().stream().map(FieldDef::id).toList());
      assertThat(shared.layout().pages().get(0).elements())
          .hasSameSizeAs(written.layout().pages().get(0).elements());
    }

    @Test
    void aMapFragmentIsOneItem() throws IOException {
      String shared =
          ASEAN
              + "  exporter: { id: exporter, box: \"1\", type: text, required: true, label: { en:"
              + " \"Exporter\", vi: \"Người xuất khẩu\" } }\n";
      String form = minimal().replace(EXPORTER, "  - \"@asean/exporter\"\n");

      LoadResult result = load(form, shared);

      assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
      assertThat(result.forms().get(0).fields().get(1).id()).isEqualTo("exporter");
    }
  }

  @Nested
  class Positions {
    @Test
    void aProblemInASplicedItemIsOnItsSharedLineAndSaysWhichReferenceUsedIt() throws IOException {
      String shared = ASEAN.replace("maxLength: 200", "maxLength: \"two\"");
      String form = spliced();

      LoadResult result = load(form, shared);

      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("yaml.wrong-type");
                assertThat(d.at().file()).endsWith("asean.yaml");
                assertThat(d.at().line()).isEqualTo(5);
                assertThat(d.message())
                    .endsWith(
                        "(used by "
                            + FormLoader.display(dir.resolve("minimal.yaml"))
                            + ":"
                            + lineOf(form, "\"@asean/fields")
                            + ":5)");
              });
    }

    @Test
    void anItemAfterASpliceKeepsItsOwnLine() throws IOException {
      String form =
          spliced()
              .replace(
                  "id: exhibition, box: \"3\", type: tick",
                  "id: exhibition, box: \"3\", type: tik");

      LoadResult result = load(form, ASEAN);

      assertThat(result.diagnostics())
          .extracting(d -> d.code() + " " + d.at().file() + ":" + d.at().line())
          .contains(
              "yaml.not-allowed "
                  + FormLoader.display(dir.resolve("minimal.yaml"))
                  + ":"
                  + lineOf(form, "type: tik"));
    }

    @Test
    void aDuplicateFieldIdAfterSplicingIsLocated() throws IOException {
      String form =
          spliced()
              .replace("id: exhibitionName,", "id: exporter,")
              .replace("fields: [exhibitionName]", "fields: [exporter]");

      LoadResult result = load(form, ASEAN.replace("[exhibitionName]", "[exporter]"));

      assertThat(result.diagnostics())
          .extracting(d -> d.code() + " " + d.at().line())
          .contains("field.duplicate-id " + lineOf(form, "id: exporter,"));
    }
  }

  @Nested
  class Problems {
    @Test
    void aSharedListThatSplicesItselfIsACycle() throws IOException {
      String shared = ASEAN + "  loop:\n    - \"@asean/loop\"\n";
      String form =
          spliced()
              .replace(
                  "  - \"@asean/fields.boxes-1-2\"\n",
                  "  - \"@asean/fields.boxes-1-2\"\n  - \"@asean/loop\"\n");

      LoadResult result = load(form, shared);

      assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("ref.cycle");
      assertThat(result.forms()).isEmpty();
    }

    @Test
    void aMisspeltTopLevelKeyOfASharedFileIsLocated() throws IOException {
      LoadResult result = load(spliced(), ASEAN.replace("asean:\n", "aseen:\n"));

      assertThat(result.diagnostics())
          .extracting(d -> d.code() + " " + d.at().line())
          .contains("common.unknown-key 2");
    }
  }

  @Nested
  class TheSchema {
    @Test
    void acceptsAReferenceWhereAListItemIsExpected() throws IOException {
      copyForms();
      Path file = dir.resolve("minimal.yaml");
      String text = spliced();
      Files.writeString(file, text, StandardCharsets.UTF_8);
      YamlDocument doc =
          YamlDocument.parse(YamlDocument.mapper(), "minimal.yaml", text).document().orElseThrow();

      // The whole-value reference 'fees: "@procedure/…"' is checked after resolving only.
      assertThat(new SchemaCheck().check(doc, file))
          .extracting(Diagnostic::render)
          .allSatisfy(d -> assertThat(d).contains("'procedure.fees'"));
    }

    @Test
    void stillRefusesAStringThatIsNoReference() throws IOException {
      copyForms();
      Path file = dir.resolve("minimal.yaml");
      String text = spliced().replace("\"@asean/fields.boxes-1-2\"", "\"exporter\"");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      YamlDocument doc =
          YamlDocument.parse(YamlDocument.mapper(), "minimal.yaml", text).document().orElseThrow();

      assertThat(new SchemaCheck().check(doc, file)).isNotEmpty();
    }
  }
}
