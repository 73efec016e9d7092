package vn.coforms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's example is the file the integration test runs, byte for byte, so the two cannot
 * drift: editing one without the other fails here.
 */
class ReadmeExampleTest {
  static final Path README = Path.of("../README.md");
  static final Path EXAMPLE = Path.of("src/it/readme-example/src/test/java/FormETest.java");
  static final String SECTION = "\n## Testing with coforms\n";

  @Test
  void theReadmesJavaExampleIsTheIntegrationTestsFile() throws IOException {
    assertThat(javaBlockOfTheSection(Files.readString(README, StandardCharsets.UTF_8)))
        .isEqualTo(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
  }

  @Test
  void theExampleIsAtMostFifteenLinesOfCode() throws IOException {
    assertThat(Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8))
        .filteredOn(line -> !line.isBlank())
        .hasSizeLessThanOrEqualTo(15);
  }

  /** The text between the first {@code ```java} line of the section and its closing fence. */
  private static String javaBlockOfTheSection(String readme) {
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README section \"Testing with coforms\"").isNotNegative();
    int open = readme.indexOf("\n```java\n", section);
    assertThat(open).as("a ```java block in the section").isNotNegative();
    int start = open + "\n```java\n".length();
    int end = readme.indexOf("\n```\n", start);
    return readme.substring(start, end + 1);
  }
}
