package vn.coforms.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.server.Main;

/**
 * Follows docs/adding-a-form.md as its reader would, in a folder holding a copy of the bundled
 * forms: writes every file the guide gives ({@code ```yaml file=…}), runs every {@code coforms}
 * command of its {@code sh} blocks with the exit code the guide expects ({@code # exit N}, else 0),
 * checks that each line of the {@code text} block right after a command block appears in what the
 * commands printed, and makes the edits its {@code guide-test} comments describe.
 */
class AddingAFormGuideTest {
  private static final Pattern STEP =
      Pattern.compile(
          "```(?<info>[^\\n]*)\\n(?<body>.*?)```|<!-- guide-test: (?<directive>.*?) -->",
          Pattern.DOTALL);
  private static final Pattern REPLACE =
      Pattern.compile("replace '(?<from>.*)' with '(?<to>.*)' in (?<file>\\S+)");
  private static final Pattern RESTORE = Pattern.compile("restore (?<file>\\S+)");
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Pattern PATH_LIKE =
      Pattern.compile("forms|legal|[\\w.-]+(/[\\w.-]+)*\\.(yaml|json|pdf|txt)");

  @Test
  void everyStepOfTheGuideWorksAsWritten(@TempDir Path workspace) throws IOException {
    String guide =
        Files.readString(
            DefinitionTestHelper.repositoryRoot().resolve("docs/adding-a-form.md"),
            StandardCharsets.UTF_8);
    DefinitionTestHelper.copyRepositoryForms(workspace.resolve("forms"));
    Map<String, String> written = new HashMap<>();
    String lastOutput = null;
    int commands = 0;
    int checkedOutputs = 0;

    Matcher step = STEP.matcher(guide);
    while (step.find()) {
      if (step.group("directive") != null) {
        apply(step.group("directive"), workspace, written);
        lastOutput = null;
        continue;
      }
      String info = step.group("info").trim();
      String body = step.group("body");
      if (info.contains(" file=")) {
        String file = info.substring(info.indexOf(" file=") + 6).trim();
        Files.createDirectories(workspace.resolve(file).getParent());
        Files.writeString(workspace.resolve(file), body, StandardCharsets.UTF_8);
        written.put(file, body);
        lastOutput = null;
      } else if (info.equals("sh")) {
        StringBuilder printed = new StringBuilder();
        for (String line : body.lines().toList()) {
          if (line.startsWith("coforms ")) {
            printed.append(run(line, workspace));
            commands++;
          }
        }
        lastOutput = printed.toString();
      } else if (info.equals("text") && lastOutput != null) {
        for (String expected : body.lines().filter(l -> !l.isBlank()).toList()) {
          assertThat(lastOutput).as("output of the commands before it").contains(expected);
        }
        checkedOutputs++;
        lastOutput = null;
      } else {
        lastOutput = null;
      }
    }

    assertThat(written).containsKeys("forms/tutorial.yaml", "legal/tutorial.txt");
    assertThat(commands).as("coforms commands the guide runs").isGreaterThanOrEqualTo(8);
    assertThat(checkedOutputs).as("outputs the guide shows").isGreaterThanOrEqualTo(6);
  }

  /** Runs one {@code coforms …} line of the guide; returns what it printed, paths as written. */
  private static String run(String line, Path workspace) {
    int exitMark = line.indexOf(" # exit ");
    int expectedExit = exitMark < 0 ? 0 : Integer.parseInt(line.substring(exitMark + 8).trim());
    String command = exitMark < 0 ? line : line.substring(0, exitMark);
    List<String> args = new ArrayList<>();
    for (String token :
        WORDS.splitAsStream(command.substring("coforms ".length()).trim()).toList()) {
      args.add(PATH_LIKE.matcher(token).matches() ? workspace.resolve(token).toString() : token);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    String printed = (out + "\n" + err).replace(workspace + "/", "");
    assertThat(exit).as(line + "\n" + printed).isEqualTo(expectedExit);
    return printed;
  }

  private static void apply(String directive, Path workspace, Map<String, String> written)
      throws IOException {
    Matcher replace = REPLACE.matcher(directive);
    Matcher restore = RESTORE.matcher(directive);
    if (replace.matches()) {
      Path file = workspace.resolve(replace.group("file"));
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(directive).containsOnlyOnce(replace.group("from"));
      Files.writeString(
          file, text.replace(replace.group("from"), replace.group("to")), StandardCharsets.UTF_8);
    } else if (restore.matches()) {
      String file = restore.group("file");
      assertThat(written).as(directive).containsKey(file);
      Files.writeString(workspace.resolve(file), written.get(file), StandardCharsets.UTF_8);
    } else {
      throw new AssertionError("unknown guide-test directive: " + directive);
    }
  }
}
