package vn.coforms.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * A library must not pick its users' logging backend: the library modules may use a logging API
 * (SLF4J comes with the JSON Schema validator) but bind no backend outside their tests; the CLI and
 * server module is where the application chooses one.
 */
class LoggingBackendTest {
  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
  private static final Pattern BACKEND =
      Pattern.compile(
          "<artifactId>(slf4j-(nop|simple|jdk14|reload4j)|logback-classic|log4j-slf4j2?-impl)"
              + "</artifactId>");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"framework", "forms", "renderer", "samples"})
  void aLibraryModuleBindsNoLoggingBackendOutsideItsTests(String module) throws IOException {
    String pom =
        Files.readString(DefinitionTestHelper.repositoryRoot().resolve(module).resolve("pom.xml"));
    List<String> bound = new ArrayList<>();
    Matcher m = DEPENDENCY.matcher(pom);
    while (m.find()) {
      Matcher backend = BACKEND.matcher(m.group(1));
      if (backend.find() && !m.group(1).contains("<scope>test</scope>")) {
        bound.add(backend.group(1));
      }
    }
    assertThat(bound).as("logging backends in %s/pom.xml outside test scope", module).isEmpty();
  }
}
