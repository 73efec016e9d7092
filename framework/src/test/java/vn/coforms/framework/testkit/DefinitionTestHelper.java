package vn.coforms.framework.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;

/**
 * Loads a form fixture beside the real schema and shared fragments, and checks its diagnostics
 * against inline expectations: a comment {@code # EXPECT error[code]: text} above a line expects a
 * diagnostic with that code, whose message contains that text, on that line. Any diagnostic that is
 * not marked fails the test (Error Prone's "BUG: Diagnostic contains" idea).
 *
 * <p>Shipped in the framework test-jar so the {@code forms} and {@code samples} tests can use it.
 */
public final class DefinitionTestHelper {
  private static final Pattern EXPECT =
      Pattern.compile("#\\s*EXPECT (error|warning)\\[([a-z.-]+)\\]: (.*)$");
  private final String name;
  private final String text;

  private DefinitionTestHelper(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** A fixture on the test classpath, e.g. {@code bad/unknown-key.yaml}. */
  public static DefinitionTestHelper forResource(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            DefinitionTestHelper.class.getClassLoader().getResourceAsStream(resource), resource)) {
      return new DefinitionTestHelper(
          Path.of(resource).getFileName().toString(),
          new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture's YAML text, e.g. to load a variant of it with {@link #forText}. */
  public String text() {
    return text;
  }

  /** A fixture given as text, loaded under the file name {@code name}. */
  public static DefinitionTestHelper forText(String name, String text) {
    return new DefinitionTestHelper(name, text);
  }

  /** The forms folder of this repository (schema and common fragments), found from any module. */
  public static Path repositoryForms() {
    return repositoryRoot().resolve("forms");
  }

  /** The ids of the repository's forms (file names), in the order the loader reads them. */
  public static List<String> repositoryFormIds() {
    try (Stream<Path> files = Files.list(repositoryForms())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * What lint prints after loading the repository's forms but {@code without}: {@code "Loaded 3
   * form(s): d, e, rcep"}.
   */
  public static String loadedSummary(String... without) {
    List<String> ids =
        repositoryFormIds().stream().filter(id -> !List.of(without).contains(id)).toList();
    return "Loaded " + ids.size() + " form(s): " + String.join(", ", ids);
  }

  /** The repository's top folder (README.md, docs/, forms/), found from any module. */
  public static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("forms/schema/coforms.schema.json"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "cannot find forms/schema/coforms.schema.json above " + Path.of("").toAbsolutePath());
  }

  /**
   * Copies the fixture into a fresh forms folder (with schema/ and common/) and loads that folder.
   */
  public LoadResult load() {
    try {
      Path dir = Files.createTempDirectory("coforms-fixture");
      copyTree(repositoryForms().resolve("schema"), dir.resolve("schema"));
      copyTree(repositoryForms().resolve("common"), dir.resolve("common"));
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
      return FormLoader.standard().load(dir.resolve("common"), List.of(dir.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that every marked diagnostic is reported on its line, and nothing else is. */
  public LoadResult expectExactlyTheMarkedDiagnostics() {
    LoadResult result = load();
    List<Expectation> expected = expectations();
    List<Diagnostic> unmatched = new ArrayList<>(result.diagnostics());
    List<String> missing = new ArrayList<>();
    for (Expectation e : expected) {
      Diagnostic hit =
          unmatched.stream()
              .filter(
                  d ->
                      d.code().equals(e.code)
                          && d.at().line() == e.line
                          && d.message().contains(e.text))
              .findFirst()
              .orElse(null);
      if (hit == null) {
        missing.add(e.toString());
      } else {
        unmatched.remove(hit);
      }
    }
    assertThat(missing)
        .as("marked diagnostics not reported; all diagnostics:\n" + render(result.diagnostics()))
        .isEmpty();
    assertThat(unmatched)
        .as("diagnostics reported but not marked")
        .extracting(Diagnostic::render)
        .isEmpty();
    return result;
  }

  private List<Expectation> expectations() {
    List<String> lines = text.lines().collect(Collectors.toList());
    List<Expectation> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i).strip());
      if (m.find()) {
        int target = i + 1;
        while (target < lines.size() && lines.get(target).strip().startsWith("#")) {
          target++;
        }
        out.add(new Expectation(m.group(2), m.group(3).strip(), target + 1));
      }
    }
    assertThat(out).as("fixture " + name + " marks no expected diagnostic").isNotEmpty();
    return out;
  }

  private static String render(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
  }

  /**
   * Copies the repository's forms folder (forms, {@code common/}, {@code schema/}; not the module's
   * build files) into {@code to}, for tests that break a copy of the bundled forms.
   */
  public static void copyRepositoryForms(Path to) throws IOException {
    copyTree(repositoryForms(), to);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        String rel = from.relativize(p).toString();
        if (rel.startsWith("target") || rel.startsWith("src") || rel.equals("pom.xml")) {
          continue;
        }
        Path target = to.resolve(rel);
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private record Expectation(String code, String text, int line) {
    @Override
    public String toString() {
      return "line " + line + ": [" + code + "] containing '" + text + "'";
    }
  }
}
