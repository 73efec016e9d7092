package vn.coforms.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.server.Main;

/**
 * Runs every case of the hostile-input corpus ({@code src/test/resources/hostile/<case>/case.yaml})
 * through the CLI, in process, with a time limit; the surefire execution that runs this class caps
 * the heap at 512 MiB, so a case that exhausts memory fails here rather than on a server.
 *
 * <p>Each case says what the CLI must print (a located error or a finding) and must not print;
 * nothing a case contains may leave a file behind or put exception text in front of the user. The
 * format is described in {@code src/test/resources/hostile/README.md}.
 */
class HostileInputTest {
  static final Path CORPUS = Path.of("src/test/resources/hostile");
  static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  static Stream<HostileCase> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      List<HostileCase> cases = new ArrayList<>();
      for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("case.yaml"))).toList()) {
        cases.add(HostileCase.read(dir));
      }
      cases.sort((a, b) -> a.id().compareTo(b.id()));
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsWithACleanLocatedMessageAndLeavesNothingBehind(HostileCase hostile, @TempDir Path work)
      throws IOException {
    Workspace space = Workspace.prepare(hostile, work);
    List<String> args = space.substitute(hostile.args());

    Run run = assertTimeoutPreemptively(TIME_LIMIT, () -> run(args), hostile::describe);

    String output = run.out() + run.err() + pdfText(hostile, space);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(run.exit())
        .as("%s: exit code%n%s", hostile.describe(), output)
        .isEqualTo(hostile.exit());
    for (String expected : space.substitute(hostile.contains())) {
      soft.assertThat(output).as("%s: output contains", hostile.describe()).contains(expected);
    }
    for (String forbidden : space.substitute(hostile.absentWithDefaults())) {
      soft.assertThat(output)
          .as("%s: output must not contain", hostile.describe())
          .doesNotContain(forbidden);
    }
    for (String file : space.substitute(hostile.noFiles())) {
      soft.assertThat(Path.of(file)).as("%s: side effect", hostile.describe()).doesNotExist();
    }
    soft.assertAll();
  }

  @Test
  void theCorpusCoversEveryPointOfTheHostileInputIssue() throws IOException {
    List<String> points = cases().map(HostileCase::issue).distinct().toList();
    assertThat(points)
        .contains("6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10");
  }

  private static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  private static String pdfText(HostileCase hostile, Workspace space) throws IOException {
    if (hostile.pdf().isEmpty()) {
      return "";
    }
    Path pdf = Path.of(space.substitute(hostile.pdf().get()));
    if (!Files.exists(pdf)) {
      return "";
    }
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return "\n[pdf text]\n" + new PDFTextStripper().getText(doc);
    }
  }

  record Run(int exit, String out, String err) {}
}
