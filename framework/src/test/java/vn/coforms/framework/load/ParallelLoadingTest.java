package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * Form files load on several threads at once (issue 9: {@code serve} starts faster); the result is
 * the one a single thread gives: the same forms, diagnostics and catalogue version, in file order.
 */
class ParallelLoadingTest {
  @Test
  void givesOnManyThreadsWhatOneThreadGives(@TempDir Path dir) throws Exception {
    List<Path> files = catalogueWithBrokenFilesAndADuplicate(dir);
    LoadResult one = loader(1).load(dir.resolve("common"), files);
    for (int threads : new int[] {2, 3, 8}) {
      LoadResult many = loader(threads).load(dir.resolve("common"), files);
      assertThat(many.report()).as("%d threads", threads).isEqualTo(one.report());
      assertThat(many.forms()).extracting(FormDefinition::id).isEqualTo(ids(one));
      assertThat(many.failedFiles()).isEqualTo(one.failedFiles());
      assertThat(many.catalogue().version()).isEqualTo(one.catalogue().version());
    }
    // Every form of the repository loads; the broken files and the second "d" do not.
    assertThat(ids(one))
        .isEqualTo(ids(loader(1).load(DefinitionTestHelper.repositoryForms())))
        .contains("d", "e");
    assertThat(one.report())
        .contains("error[form.duplicate-id]")
        .contains("error[form.id]")
        .contains("error[yaml.syntax]");
  }

  @Test
  void keepsTheFirstOfTwoFilesWithOneIdWhicheverIsReadFirst(@TempDir Path dir) throws Exception {
    DefinitionTestHelper.copyRepositoryForms(dir);
    Path other = secondFolder(dir);
    // Both are read at once, on two threads: whichever finishes first, the first listed loads.
    Files.copy(dir.resolve("d.yaml"), other.resolve("d.yaml"));
    List<Path> files = List.of(dir.resolve("d.yaml"), other.resolve("d.yaml"));
    for (int run = 0; run < 3; run++) {
      LoadResult result = loader(2).load(dir.resolve("common"), files);
      assertThat(result.forms()).extracting(FormDefinition::id).containsExactly("d");
      assertThat(result.failedFiles()).singleElement().asString().endsWith("other/d.yaml");
    }
  }

  @Test
  void refusesFewerThanOneThread() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> loader(0))
        .withMessage("threads must be at least 1, was 0");
  }

  /** A second forms folder, with the schema its files name, and nothing else yet. */
  private static Path secondFolder(Path dir) throws IOException {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.createDirectories(other.resolve("schema"));
    Files.copy(
        dir.resolve("schema/coforms.schema.json"), other.resolve("schema/coforms.schema.json"));
    return other;
  }

  private static FormLoader loader(int threads) {
    return new FormLoader(YamlMappers.forms(), new TemplateEngine(), threads);
  }

  private static List<String> ids(LoadResult result) {
    return result.forms().stream().map(FormDefinition::id).toList();
  }

  /**
   * The bundled forms, every broken fixture of the test resources beside them, and a second copy of
   * {@code d.yaml} in another folder, listed last.
   */
  private List<Path> catalogueWithBrokenFilesAndADuplicate(Path dir)
      throws IOException, URISyntaxException {
    DefinitionTestHelper.copyRepositoryForms(dir);
    Path bad =
        Path.of(Objects.requireNonNull(getClass().getResource("/bad/bad-indentation.yaml")).toURI())
            .getParent();
    try (Stream<Path> fixtures = Files.list(bad)) {
      for (Path fixture : fixtures.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.copy(fixture, dir.resolve(fixture.getFileName()));
      }
    }
    Path other = secondFolder(dir);
    Files.copy(dir.resolve("d.yaml"), other.resolve("d.yaml"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      listing
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .forEach(files::add);
    }
    files.add(other.resolve("d.yaml"));
    return files;
  }
}
