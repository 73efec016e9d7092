package vn.coforms.framework.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.framework.validate.BuiltInChecks;

class RuleDocsTest {
  @Test
  void everyBuiltInCheckHasItsDocPage() {
    Path docs = DefinitionTestHelper.repositoryRoot().resolve("docs/rules");
    assertThat(BuiltInChecks.IDS)
        .allSatisfy(id -> assertThat(docs.resolve(id + ".md")).isRegularFile());
  }

  @Test
  void everyDocPageBelongsToABuiltInCheck() throws Exception {
    Path docs = DefinitionTestHelper.repositoryRoot().resolve("docs/rules");
    try (var files = Files.list(docs)) {
      assertThat(files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
          .allMatch(BuiltInChecks.IDS::contains);
    }
  }
}
