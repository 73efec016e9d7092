package vn.coforms.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem type has a stable place: each {@code new Problem("<kind>", …)} in the server's main
 * code is a row of docs/api.md's error table with a cause and a fix, and each row is still used.
 */
class ProblemCatalogueTest {
  static final Path SOURCES = Path.of("src/main/java");
  static final Path API_DOC = Path.of("../docs/api.md");

  /** A problem made in code: its kind must be a string literal, so it can be looked up. */
  static final Pattern MADE = Pattern.compile("new Problem\\(\\s*(\"([a-z-]+)\")?");

  /** A row of the error table: kind, status, cause, fix, extra members. */
  static final Pattern ROW =
      Pattern.compile("^\\| `([a-z-]+)` \\| ([0-9x]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");

  /** The kinds made in main code, each with the first file that makes it. */
  static Map<String, String> kindsInCode() throws IOException {
    Map<String, String> kinds = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = MADE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          assertThat(m.group(2))
              .as(file + ": give new Problem(…) its kind as a string literal")
              .isNotNull();
          kinds.putIfAbsent(m.group(2), file.getFileName().toString());
        }
      }
    }
    return kinds;
  }

  static Map<String, Matcher> documented() throws IOException {
    Map<String, Matcher> rows = new TreeMap<>();
    for (String line : Files.readAllLines(API_DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line.strip());
      if (m.matches()) {
        rows.put(m.group(1), m);
      }
    }
    return rows;
  }

  @Test
  void documentsEveryProblemKindTheServerMakesWithItsCauseAndFix() throws IOException {
    Map<String, String> made = kindsInCode();
    Map<String, Matcher> rows = documented();
    assertThat(made).isNotEmpty().containsKey("too-many-items");
    made.forEach(
        (kind, file) -> {
          assertThat(rows)
              .as("problem '" + kind + "' made in " + file + " needs a row in docs/api.md, Errors")
              .containsKey(kind);
          Matcher row = java.util.Objects.requireNonNull(rows.get(kind));
          assertThat(row.group(3).strip()).as(kind + " cause").hasSizeGreaterThan(5);
          assertThat(row.group(4).strip()).as(kind + " fix").hasSizeGreaterThan(5);
        });
  }

  @Test
  void documentsNoProblemKindTheServerNoLongerMakes() throws IOException {
    assertThat(new TreeSet<>(documented().keySet()))
        .isEqualTo(new TreeSet<>(kindsInCode().keySet()));
  }
}
