package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** The shared fragments of {@code forms/common/} and the folders around the form files. */
class SharedFragmentsTest {
  private final Path dir = freshFolder();

  private static Path freshFolder() {
    try {
      return Files.createTempDirectory("coforms-shared");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Nested
  class FileNames {
    @Test
    void aSharedFileIsKnownByWhatItDeclaresNotByItsName() throws IOException {
      copyForms(dir);
      Path common = dir.resolve("common");
      Files.move(common.resolve("holidays.yaml"), common.resolve("calendar-vn.yaml"));
      Files.move(common.resolve("countries.yaml"), common.resolve("iso-3166.yaml"));
      Files.move(common.resolve("rules.yaml"), common.resolve("envelope-rules.yaml"));

      LoadResult result =
          FormLoader.standard().load(common, List.of(dir.resolve("d.yaml"), dir.resolve("e.yaml")));

      assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
      assertThat(result.catalogue().workingDays().isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
      assertThat(result.catalogue().countries()).containsKey("LA");
      assertThat(result.forms().get(0).rules())
          .anySatisfy(r -> assertThat(r.id()).isEqualTo("common.linked.required"));
    }

    @Test
    void withoutAFileThatDeclaresHolidaysTheCalendarIsUnavailable() throws IOException {
      copyForms(dir);
      Files.delete(dir.resolve("common/holidays.yaml"));

      LoadResult result =
          FormLoader.standard()
              .load(dir.resolve("common"), List.of(dir.resolve("d.yaml"), dir.resolve("e.yaml")));

      assertThat(result.diagnostics())
          .extracting(Diagnostic::render)
          .anySatisfy(
              d ->
                  assertThat(d)
                      .contains("error[calendar.unavailable]")
                      .contains("no file in forms/common/ declares 'holidays:'"));
    }
  }

  @Nested
  class TheHolidayCalendar {
    @Test
    void locatesADayThatDoesNotExistOnItsLine() throws IOException {
      int line = copyFormsWithHoliday("2025-01-01", "2025-02-30");

      LoadResult result = loadDAndE();

      assertThat(result.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo("value.date");
                assertThat(d.at().file()).endsWith("common/holidays.yaml");
                assertThat(d.at().line()).isEqualTo(line);
                assertThat(d.at().column()).isEqualTo(13);
                assertThat(d.message())
                    .contains("'holidays[0].date': '2025-02-30' is not a date")
                    .contains("February 2025 has 28 days");
              });
    }

    @Test
    void keepsEveryFormThatCountsWorkingDaysFromLoadingWhenAnEntryIsMalformed() throws IOException {
      int line = copyFormsWithHoliday("2025-01-01", "2025-1-1");

      LoadResult result = loadDAndE();

      assertThat(result.diagnostics())
          .anySatisfy(d -> assertThat(d.at().toString()).contains("holidays.yaml:" + line + ":"));
      assertThat(result.forms()).extracting(FormDefinition::id).containsExactly("d");
      assertThat(result.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo("calendar.unavailable");
                assertThat(d.at().file()).endsWith("e.yaml");
                assertThat(d.at().line()).isPositive();
                assertThat(d.message())
                    .contains("counts working days")
                    .contains("forms/common/holidays.yaml has errors");
              });
    }

    @Test
    void givesEveryValidHolidayToTheCatalogue() throws IOException {
      copyFormsWithHoliday("2025-01-01", "2025-01-01");

      LoadResult result = loadDAndE();

      assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
      assertThat(result.catalogue().workingDays().isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse();
    }

    private int copyFormsWithHoliday(String from, String to) throws IOException {
      copyForms(dir);
      Path holidays = dir.resolve("common/holidays.yaml");
      List<String> lines = Files.readAllLines(holidays);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("date: " + from)) {
          lines.set(i, lines.get(i).replace(from, to));
          Files.write(holidays, lines);
          return i + 1;
        }
      }
      throw new AssertionError("no holiday " + from);
    }

    private LoadResult loadDAndE() {
      return FormLoader.standard()
          .load(dir.resolve("common"), List.of(dir.resolve("d.yaml"), dir.resolve("e.yaml")));
    }
  }

  @Nested
  class ReferencesInsideSharedValues {
    @Test
    void areResolvedLikeReferencesInForms() throws IOException {
      copyForms(dir);
      appendToTexts("  indirect: \"@texts/certification.asean\"\n");
      String form =
          minimal()
              .replace(
                  "title: { en: \"A minimal certificate\"", "title: { en: \"@texts/indirect\"");
      Files.writeString(dir.resolve("minimal.yaml"), form);

      LoadResult result = loadMinimal();

      assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
      assertThat(result.forms().get(0).title().en()).startsWith("It is hereby certified");
    }

    @Test
    void thatLeadBackToThemselvesAreLocatedInTheSharedFile() throws IOException {
      copyForms(dir);
      int line = appendToTexts("  ping: \"@texts/pong\"\n  pong: \"@texts/ping\"\n");
      Files.writeString(dir.resolve("minimal.yaml"), minimal());

      LoadResult result = loadMinimal();

      assertThat(result.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo("ref.cycle");
                assertThat(d.at().file()).endsWith("common/texts.yaml");
                assertThat(d.at().line()).isBetween(line, line + 1);
                assertThat(d.message()).contains("@texts/ping → @texts/pong → @texts/ping");
              });
      assertThat(result.report()).doesNotContain("\"@texts/");
    }

    @Test
    void thatMultiplyPastTheBoundAreOneErrorNotAnOutOfMemory() throws IOException {
      copyForms(dir);
      StringBuilder laughs = new StringBuilder("  lol0: \"ha\"\n");
      for (int i = 1; i <= 9; i++) {
        laughs.append("  lol").append(i).append(": [");
        for (int j = 0; j < 10; j++) {
          laughs.append(j == 0 ? "" : ", ").append("\"@texts/lol").append(i - 1).append('"');
        }
        laughs.append("]\n");
      }
      appendToTexts(laughs.toString());
      Files.writeString(dir.resolve("minimal.yaml"), minimal());

      LoadResult result = loadMinimal();

      assertThat(result.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo("ref.too-large");
                assertThat(d.at().file()).endsWith("common/texts.yaml");
                assertThat(d.at().line()).isPositive();
              });
    }

    private int appendToTexts(String yaml) throws IOException {
      Path texts = dir.resolve("common/texts.yaml");
      String text = Files.readString(texts);
      Files.writeString(texts, text + yaml);
      return (int) text.lines().count() + 1;
    }
  }

  @Nested
  class TheFolders {
    @Test
    void reportAFolderAndALinkLoopNamedLikeYamlFilesAndGoOn() throws IOException {
      copyForms(dir);
      Files.createDirectory(dir.resolve("common/folder.yaml"));
      Files.createSymbolicLink(dir.resolve("common/loop.yaml"), dir.resolve("common/loop.yaml"));
      Files.createSymbolicLink(dir.resolve("loop.yaml"), dir.resolve("loop.yaml"));
      Files.writeString(dir.resolve("minimal.yaml"), minimal());

      LoadResult result = FormLoader.standard().load(dir);

      assertThat(result.forms()).extracting(FormDefinition::id).contains("minimal", "d", "e");
      assertThat(result.diagnostics())
          .extracting(Diagnostic::render)
          .anySatisfy(
              r ->
                  assertThat(r)
                      .contains("folder.yaml: error[yaml.unreadable]: cannot read")
                      .contains("it is a folder"))
          .anySatisfy(r -> assertThat(r).contains("common/loop.yaml").contains("link loop"))
          .anySatisfy(
              r -> assertThat(r).contains(dir.resolve("loop.yaml") + ": error[yaml.unreadable]"))
          .allSatisfy(r -> assertThat(r).doesNotContain("Exception"));
    }

    @Test
    void loadOnlyTheFirstOfTwoFilesDeclaringTheSameFormId() throws IOException {
      copyForms(dir);
      Path other = Files.createDirectory(dir.resolve("other"));
      Files.writeString(dir.resolve("minimal.yaml"), minimal());
      Files.writeString(
          other.resolve("minimal.yaml"), minimal().replace("$schema=", "$schema=../"));

      LoadResult result =
          FormLoader.standard()
              .load(
                  dir.resolve("common"),
                  List.of(dir.resolve("minimal.yaml"), other.resolve("minimal.yaml")));

      assertThat(result.forms()).hasSize(1);
      assertThat(result.failedFiles())
          .containsExactly(FormLoader.display(other.resolve("minimal.yaml")));
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("form.duplicate-id");
                assertThat(d.at().toString())
                    .isEqualTo(FormLoader.display(other.resolve("minimal.yaml")) + ":3:5");
                assertThat(d.message())
                    .contains("form id 'minimal' is already declared by ")
                    .contains(FormLoader.display(dir.resolve("minimal.yaml")))
                    .contains("this file is not loaded");
              });
    }

    @Test
    void reportAFormsFolderThatDoesNotExist() {
      LoadResult result = FormLoader.standard().load(dir.resolve("nowhere"));

      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo("forms.unreadable");
                assertThat(d.message()).endsWith("it does not exist");
              });
    }

    @Test
    void reportAMissingCommonFolder() throws IOException {
      Files.writeString(dir.resolve("minimal.yaml"), minimal());

      LoadResult result = FormLoader.standard().load(dir);

      assertThat(result.diagnostics())
          .extracting(Diagnostic::code)
          .contains("common.missing")
          .doesNotContain("load.internal");
    }
  }

  private LoadResult loadMinimal() {
    return FormLoader.standard().load(dir.resolve("common"), List.of(dir.resolve("minimal.yaml")));
  }

  static String minimal() {
    try (var in =
        SharedFragmentsTest.class.getClassLoader().getResourceAsStream("good/minimal.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void copyForms(Path to) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(to);
  }
}
