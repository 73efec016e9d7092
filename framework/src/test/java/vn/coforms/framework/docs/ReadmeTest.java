package vn.coforms.framework.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class ReadmeTest {
  @Test
  void readmeExampleFormLoadsWithoutDiagnostics() throws IOException {
    String readme = Files.readString(DefinitionTestHelper.repositoryRoot().resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Declaring a form"));
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).as("a yaml block after '## Declaring a form'").isTrue();

    LoadResult result = DefinitionTestHelper.forText("demo.yaml", m.group(1)).load();

    assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
    assertThat(result.forms()).singleElement().satisfies(f -> assertThat(f.id()).isEqualTo("demo"));
  }
}
