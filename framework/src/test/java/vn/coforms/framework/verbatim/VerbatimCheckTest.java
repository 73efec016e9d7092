package vn.coforms.framework.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class VerbatimCheckTest {
  static final String OVERLEAF =
      """
      overleaf:
        title: "NOTES"
        notes:
          - number: "1"
            text: |-
              CONDITIONS: the goods must be "wholly obtained".
              They are shipped directly.
          - number: "2"
            text: "ORIGIN: as the table shows:"
            table:
              columns:
                - { heading: "Circumstances" }
                - { heading: "Insert" }
              rows:
                - ["Goods wholly obtained", "WO"]
      """;

  /** Every printed text of the fixture, some with other quotes and line breaks than the form. */
  static final String LAW =
      """
      1. Exporter  2. Importing country  Exhibition
      4. Description 5. Criterion 6. FOB
      Circumstances Insert in Box 5 Wholly obtained “WO” Regional value content e.g. “40%”
      NOTES
      CONDITIONS: the goods must be “wholly
      obtained”.
      ORIGIN: as the table shows:  Circumstances Insert Goods wholly obtained WO
      """;

  static String form() throws IOException {
    try (InputStream in =
        VerbatimCheckTest.class.getClassLoader().getResourceAsStream("good/minimal.yaml")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
          + OVERLEAF;
    }
  }

  static List<Diagnostic> check(String law, String formText) {
    FormDefinition form =
        DefinitionTestHelper.forText("minimal.yaml", formText)
            .load()
            .orThrow()
            .forms()
            .iterator()
            .next();
    return new VerbatimCheck(List.of(new LegalText("law.txt", law))).check(form, formText);
  }

  static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }

  @Nested
  class WhenTheLawHoldsEveryText {
    @Test
    void reportsNothingWhateverTheQuotesAndLineBreaks() throws IOException {
      assertThat(check(LAW + " They are shipped directly.", form())).isEmpty();
    }
  }

  @Nested
  class WhenALineIsMissing {
    @Test
    void warnsAtThatLineOfTheBlockScalar() throws IOException {
      String form = form();

      List<Diagnostic> found = check(LAW, form);

      assertThat(found).hasSize(1);
      Diagnostic d = found.get(0);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.code()).isEqualTo("verbatim.not-in-source");
      assertThat(d.at().line()).isEqualTo(lineOf(form, "They are shipped directly."));
      assertThat(d.at().column()).isEqualTo(9);
      assertThat(d.message())
          .isEqualTo("printed text 'They are shipped directly.' is not in law.txt");
    }

    @Test
    void saysHowMuchOfTheStartTheLawHolds() throws IOException {
      String form = form().replace("\"Goods wholly obtained\"", "\"Goods wholly obtained here\"");

      List<Diagnostic> found = check(LAW + " They are shipped directly.", form);

      assertThat(found)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.at().line()).isEqualTo(lineOf(form, "Goods wholly obtained here"));
                assertThat(d.at().column())
                    .isEqualTo(form.lines().toList().get(d.at().line() - 1).indexOf("Goods") + 1);
                assertThat(d.message())
                    .isEqualTo(
                        "printed text 'Goods wholly obtained here' is not in law.txt; the source has its"
                            + " first 22 characters ('Goods wholly obtained ') and then differs at"
                            + " 'here'");
              });
    }

    @Test
    void acceptsADifferenceMarkedAsARepairOrAsOurs() throws IOException {
      String form =
          form()
              .replace(
                  "      text: |-\n        CONDITIONS",
                  "      # ours: the second sentence\n      text: |-\n        CONDITIONS");

      assertThat(check(LAW, form)).isEmpty();
    }
  }

  @Test
  void needsALegalText() {
    assertThatIllegalArgumentException().isThrownBy(() -> new VerbatimCheck(List.of()));
  }

  @Nested
  class TextsSplicedFromASharedFile {
    @Test
    void areMarkedByTheCommentsInTheSharedFileAndReportedThere() throws IOException {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("coforms-verbatim");
      DefinitionTestHelper.copyRepositoryForms(dir);
      String shared =
          """
          # yaml-language-server: $schema=../schema/coforms.schema.json
          extra:
            notes:
              - number: "4"
                text: "Not in the law"
              - number: "5"
                text: "NOTES"

              - number: "3"
                # repaired: "ORIGIN:as" -> "ORIGIN: as"
                text: "ORIGIN: as repaired"
          """;
      java.nio.file.Files.writeString(dir.resolve("common/extra.yaml"), shared);
      String formText = form().replace("  notes:\n", "  notes:\n    - \"@extra/notes\"\n");
      java.nio.file.Path file = dir.resolve("minimal.yaml");
      java.nio.file.Files.writeString(file, formText);
      FormDefinition form =
          vn.coforms.framework.load.FormLoader.standard()
              .load(dir.resolve("common"), List.of(file))
              .orThrow()
              .forms()
              .iterator()
              .next();
      VerbatimCheck check = new VerbatimCheck(List.of(new LegalText("law.txt", LAW)));

      List<String> found =
          check
              .check(
                  form,
                  f ->
                      f.endsWith("extra.yaml")
                          ? shared
                          : f.endsWith("minimal.yaml") ? formText : "")
              .stream()
              .map(Diagnostic::render)
              .toList();

      assertThat(found)
          .anySatisfy(
              d -> assertThat(d).contains("common/extra.yaml:5:").contains("'Not in the law'"))
          .noneSatisfy(d -> assertThat(d).contains("ORIGIN: as repaired"));
    }
  }
}
