package vn.coforms.framework.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** The README's demo form with the content template of box 1 replaced, loaded as a fixture. */
final class DemoForm {
  static final String BOX1 = "content: \"${exporter}\"";

  private DemoForm() {}

  /** The demo form's YAML with box 1 showing {@code template}; the template sits on one line. */
  static String withBox1(String template) {
    String yaml = readme();
    if (!yaml.contains(BOX1)) {
      throw new IllegalStateException("the README demo form no longer has " + BOX1);
    }
    return yaml.replace(BOX1, "content: " + quoted(template));
  }

  /** The 1-based line of box 1's content in the demo form. */
  static int box1Line() {
    String yaml = readme();
    return (int) yaml.substring(0, yaml.indexOf(BOX1)).lines().count();
  }

  /** The 1-based column where box 1's template text starts (after the opening quote). */
  static int box1Column() {
    String yaml = readme();
    String line = yaml.lines().skip(box1Line() - 1).findFirst().orElseThrow();
    return line.indexOf(BOX1) + "content: \"".length() + 1;
  }

  static LoadResult loadWithBox1(String template) {
    return DefinitionTestHelper.forText("demo.yaml", withBox1(template)).load();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String readme() {
    try {
      String readme = Files.readString(DefinitionTestHelper.repositoryRoot().resolve("README.md"));
      String section = readme.substring(readme.indexOf("## Declaring a form"));
      Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
      if (!m.find()) {
        throw new IllegalStateException("no yaml block after '## Declaring a form'");
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
