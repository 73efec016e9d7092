package vn.coforms.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;

/**
 * Fuzzes the form loader with arbitrary form files beside the bundled shared fragments: whatever
 * the file holds, the loader answers with a form or with diagnostics that each name a line, never
 * an exception.
 *
 * <p>Regression mode replays the seeds under {@code FormLoaderFuzzTestInputs/} (the bundled forms
 * and the README's demo form); to fuzz, see {@code docs/security.md}.
 */
class FormLoaderFuzzTest {
  private static final FormLoader LOADER = FormLoader.standard();
  private static final Path COMMON = FormLoader.bundledDirectory().resolve("common");
  private static final Path DIR = scratch();

  @FuzzTest(maxDuration = "60s")
  void anyFormFileLoadsOrGetsLocatedDiagnostics(byte[] input) throws IOException {
    Path file = DIR.resolve("fuzz.yaml");
    Files.write(file, input);

    LoadResult result = LOADER.load(COMMON, List.of(file));

    if (result.forms().isEmpty()) {
      assertThat(result.diagnostics()).isNotEmpty();
    }
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.at().line()).as(d.render()).isPositive();
    }
  }

  private static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("coforms-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
