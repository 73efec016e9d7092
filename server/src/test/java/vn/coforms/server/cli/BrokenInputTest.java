package vn.coforms.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coforms.server.cli.CliTest.FORMS;
import static vn.coforms.server.cli.CliTest.SAMPLES;
import static vn.coforms.server.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.server.cli.CliTest.Run;

/** What the commands say about outputs they cannot write and form files they cannot use. */
class BrokenInputTest {
  static final String VALID_D = SAMPLES.resolve("d/valid-basic.json").toString();

  @Nested
  class AnOutputThatCannotBeWritten {
    @Test
    void isOneLineNamingTheMissingFolderForRender(@TempDir Path dir) {
      Path out = dir.resolve("missing/x.pdf");

      Run r =
          run("render", "--forms", FORMS.toString(), "--form", "d", VALID_D, "-o", out.toString());

      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err().strip())
          .isEqualTo(
              "error: cannot write "
                  + out.toAbsolutePath()
                  + ": folder "
                  + dir.resolve("missing").toAbsolutePath()
                  + " does not exist; create it first");
      assertNoJava(r);
    }

    @Test
    void saysAFolderIsNotAFileForPreview(@TempDir Path dir) {
      Run r = run("preview", "--forms", FORMS.toString(), "--form", "d", "-o", dir.toString());

      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains("cannot write " + dir.toAbsolutePath() + ": it is a folder");
      assertNoJava(r);
    }

    @Test
    void saysAFileIsNotAFolderForSamples(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("taken"), "x");

      Run r = run("samples", "--forms", FORMS.toString(), "-o", file.resolve("sub").toString());

      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains(file.toAbsolutePath() + " is a file, not a folder");
      assertNoJava(r);
    }
  }

  @Nested
  class Lint {
    @Test
    void locatesADayThatDoesNotExistAndStillLoadsTheOtherForms(@TempDir Path dir)
        throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      replace(dir.resolve("d.yaml"), "signed: 2009-02-26", "signed: 2009-02-30");

      Run r = run("lint", dir.toString());

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "d.yaml:21:11: error[value.date]: 'agreement.signed': '2009-02-30' is not a date:"
                  + " day 30 does not exist; February 2009 has 28 days")
          .contains(DefinitionTestHelper.loadedSummary("d"));
      assertNoJava(r);
    }

    @Test
    void locatesAPageLargerThanAnyPaper(@TempDir Path dir) throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      replace(dir.resolve("d.yaml"), "page: { width: 210,", "page: { width: 100000,");
      int line = lineOf(dir.resolve("d.yaml"), "page: { width: 100000,");

      Run r = run("lint", dir.toString());

      assertThat(r.out())
          .contains(
              "d.yaml:" + line + ":18: error[layout.page-size]: page width 100000 mm is outside")
          .contains(DefinitionTestHelper.loadedSummary("d"));
    }

    @Test
    void reportsATemplateThatFailsOnlyInOneIssuanceModeOnItsLine(@TempDir Path dir)
        throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      replace(
          dir.resolve("d.yaml"),
          "content: \"${exporter}\"",
          "content: \"<#if mode == 'retroactive'>${exporter?size}</#if>${exporter}\"");

      Run r = run("lint", dir.toString());

      // the template starts after the opening quote of the first box-1 content in d.yaml
      int line = lineOf(dir.resolve("d.yaml"), "content: \"<#if mode");
      String text = Files.readAllLines(dir.resolve("d.yaml")).get(line - 1);
      int column = text.indexOf("content: \"") + "content: \"".length() + 1;
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains("d.yaml:" + line + ":" + column + ": error[layout.template]: template")
          .contains("fails on placeholder data (laid out in issuance mode retroactive)");
      assertNoJava(r);
    }

    @Test
    void loadsOnlyTheFirstOfTwoFilesWithTheSameFormId(@TempDir Path dir) throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path other = Files.createDirectories(dir.resolve("other"));
      Files.writeString(
          other.resolve("d.yaml"),
          Files.readString(dir.resolve("d.yaml")).replace("$schema=", "$schema=../"));

      Run r = run("lint", dir.resolve("d.yaml").toString(), other.resolve("d.yaml").toString());

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              other.resolve("d.yaml")
                  + ":6:5: error[form.duplicate-id]: form id 'd' is already declared by "
                  + dir.resolve("d.yaml")
                  + ", which loaded first; this file is not loaded")
          .contains("Loaded 1 form(s): d.");
    }

    @Test
    void reportsALinkLoopInCommonAndGoesOn(@TempDir Path dir) throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path loop = dir.resolve("common/loop.yaml");
      Files.createSymbolicLink(loop, loop);

      Run r = run("lint", dir.toString());

      assertThat(r.out())
          .contains(loop + ": error[yaml.unreadable]: cannot read " + loop)
          .contains("link loop")
          .contains(DefinitionTestHelper.loadedSummary());
    }
  }

  static void assertNoJava(Run r) {
    assertThat(r.out() + r.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("caused by");
  }

  /** The 1-based line of the first occurrence of {@code text}. */
  static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " does not contain " + text);
  }

  static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
