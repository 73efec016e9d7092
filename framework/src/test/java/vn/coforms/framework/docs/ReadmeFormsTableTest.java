package vn.coforms.framework.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormVersion;
import vn.coforms.framework.model.MissingForm;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * The README's forms table is what the bundled forms declare: one row per form (agreement, parties
 * as printed, procedure code, pages, where the template is, status) and one per form the procedures
 * name that cannot be declared yet. A form added, removed or changed without the table fails here,
 * with the table to paste.
 */
class ReadmeFormsTableTest {
  private static final String START = "<!-- forms-table:start -->\n";
  private static final String END = "<!-- forms-table:end -->";

  @Test
  void theReadmesFormsTableListsEveryBundledFormAndEveryMissingOne() throws IOException {
    Catalogue bundled =
        FormLoader.standard().load(DefinitionTestHelper.repositoryForms()).orThrow();
    String readme =
        Files.readString(
            DefinitionTestHelper.repositoryRoot().resolve("README.md"), StandardCharsets.UTF_8);
    String expected = table(bundled);

    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README.md has " + START.trim()).isNotNegative();
    assertThat(end).as("README.md has " + END).isGreaterThan(start);
    String actual = readme.substring(start + START.length(), end);
    if (!actual.equals(expected)) {
      Path received = Path.of("target", "README.forms-table.received.md");
      Files.createDirectories(received.getParent());
      Files.writeString(received, expected, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as(
            "README.md's forms table (the expected one is in framework/target/README.forms-table.received.md)")
        .isEqualTo(expected);
  }

  static String table(Catalogue catalogue) {
    StringBuilder out =
        new StringBuilder(
            """
            | id | form | agreement | parties (as printed) | procedure | pages | template | status |
            |---|---|---|---|---|---|---|---|
            """);
    for (FormDefinition f : catalogue.forms()) {
      out.append(
          row(
              "`" + f.id() + "`",
              f.code(),
              f.agreement().name().en(),
              f.agreement().parties().stream()
                  .map(Party::printed)
                  .collect(Collectors.joining(", ")),
              f.procedure().code(),
              f.layout().pages().stream()
                  .map(p -> p.role().name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")),
              f.source().template() + " (seed lines " + f.source().lines() + ")",
              f.version().map(ReadmeFormsTableTest::status).orElse("ready")));
    }
    for (MissingForm m : catalogue.missing()) {
      out.append(
          row(
              "—",
              m.code(),
              m.agreement().en(),
              m.parties(),
              m.procedure(),
              "—",
              "—",
              "missing: " + m.reason().en() + " Needed: " + m.needed().en()));
    }
    return out.toString();
  }

  /** A version's status: which form it is a version of, and when and for whom it applies. */
  private static String status(FormVersion v) {
    return "ready: version \""
        + v.name()
        + "\" of `"
        + v.of()
        + "`, from "
        + v.from()
        + v.until().map(u -> " until " + u).orElse("")
        + (v.importers().isEmpty() ? "" : ", importing " + String.join(", ", v.importers()));
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
