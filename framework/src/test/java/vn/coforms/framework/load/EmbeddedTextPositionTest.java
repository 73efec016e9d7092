package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** A problem inside a CEL expression is placed on the character the author wrote it at. */
class EmbeddedTextPositionTest {
  private static final String WHEN = "when: \"!usesRvc(criterion)\"";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "when: \"!usesRvc(criterio)\"",
        "when: '!usesRvc(criterio)'",
        "when: usesRvc(criterio) == false"
      })
  void placesACelErrorOnTheMisspeltNameWhateverTheScalarStyle(String when) throws IOException {
    String yaml = demo();
    String broken = yaml.replace(WHEN, when);
    String before = broken.substring(0, broken.indexOf(when));
    int line = (int) before.lines().count();
    String text = broken.lines().skip(line - 1).findFirst().orElseThrow();
    int column = text.indexOf("criterio") + 1;

    LoadResult result = DefinitionTestHelper.forText("demo.yaml", broken).load();

    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("rule.expression"))
        .extracting(Diagnostic::at)
        .extracting(at -> at.line() + ":" + at.column())
        .containsExactly(line + ":" + column);
  }

  private static String demo() throws IOException {
    String readme = Files.readString(DefinitionTestHelper.repositoryRoot().resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Declaring a form"));
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).as("a yaml block after '## Declaring a form'").isTrue();
    String yaml = m.group(1);
    assertThat(yaml).contains(WHEN);
    return yaml;
  }
}
