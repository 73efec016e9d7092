package vn.coforms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.framework.verbatim.LegalText;
import vn.coforms.framework.verbatim.VerbatimCheck;

/**
 * Printed text is the official text: every box label, tick text, column header, criterion row and
 * overleaf note of the four forms is found in the seed documents, or the YAML marks the difference
 * with a {@code # repaired:} or {@code # ours:} comment — the same check any author runs with
 * {@code coforms lint --source FILE}.
 */
class VerbatimTest {
  @Test
  void everyPrintedTextIsFromTheSeedsOrMarkedAsARepair() throws IOException {
    Path repo = DefinitionTestHelper.repositoryRoot();
    VerbatimCheck check = new VerbatimCheck(seeds(repo.resolve("docs/seeds")));
    List<String> unmarked = new ArrayList<>();
    for (FormDefinition form :
        FormLoader.standard().load(repo.resolve("forms")).orThrow().forms()) {
      // The form file and the shared files its spliced texts are located in, by name.
      check.check(form, VerbatimTest::textOf).stream()
          .map(Diagnostic::render)
          .forEach(unmarked::add);
    }
    assertThat(unmarked)
        .as("printed text neither in the seeds nor marked '# repaired:' / '# ours:'")
        .isEmpty();
  }

  private static String textOf(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<LegalText> seeds(Path dir) throws IOException {
    List<LegalText> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(
            new LegalText(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }
}
