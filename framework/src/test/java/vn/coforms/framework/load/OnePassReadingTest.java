package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * Reading a form file once gives the same tree, and every key and value the same position, as the
 * separate tree pass and token pass it replaced.
 */
class OnePassReadingTest {
  private static final ObjectMapper YAML = YamlDocument.mapper();

  static List<Path> bundledFiles() throws IOException {
    Path forms = DefinitionTestHelper.repositoryForms();
    try (Stream<Path> files = Files.walk(forms)) {
      // the forms as written, not the copies a build leaves under target/
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !forms.relativize(p).startsWith("target"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledFiles")
  void givesTheTreeAndThePositionsOfSeparatePasses(Path file) throws IOException {
    String text = Files.readString(file);

    YamlDocument doc = YamlDocument.parse(YAML, "f.yaml", text).document().orElseThrow();

    assertThat(doc.root()).isEqualTo(YAML.readTree(text));
    Map<String, SourceRef> separate = new HashMap<>();
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        JsonLocation loc = p.currentTokenLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        SourceRef at = new SourceRef("f.yaml", loc.getLineNr(), loc.getColumnNr());
        separate.putIfAbsent(pointer, at);
        if (t != JsonToken.FIELD_NAME) {
          separate.put(pointer + "#value", at);
        }
      }
    }
    assertThat(separate)
        .allSatisfy(
            (key, at) ->
                assertThat(
                        key.endsWith("#value")
                            ? doc.sources().locateValue(key.substring(0, key.length() - 6))
                            : doc.sources().locate(key))
                    .as(key)
                    .isEqualTo(at));
  }
}
