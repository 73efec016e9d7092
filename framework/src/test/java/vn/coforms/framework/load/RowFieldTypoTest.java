package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * A misspelt field of an item inside a rule is a load error at its own character, not a surprise at
 * validation: to CEL's checker a row is an untyped map.
 */
class RowFieldTypoTest {
  @Test
  void formDsPartialCumulationRuleWithAMisspeltItemFieldIsReportedWhereTheTypoIs()
      throws IOException {
    String d =
        Files.readString(
            DefinitionTestHelper.repositoryForms().resolve("d.yaml"), StandardCharsets.UTF_8);
    String rule = "items.exists(i, criterionKind(i.criterion) == 'PC')";
    String typo = rule.replace("i.criterion", "i.criterio");
    assertThat(d).containsOnlyOnce(rule);
    String broken = d.replace(rule, typo);
    int line = (int) broken.substring(0, broken.indexOf(typo)).lines().count();
    int column =
        broken.indexOf(typo)
            - broken.lastIndexOf('\n', broken.indexOf(typo))
            + typo.indexOf("criterio)");

    LoadResult result = DefinitionTestHelper.forText("d.yaml", broken).load();

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.at().file()).endsWith("d.yaml");
              assertThat(x.at().line()).isEqualTo(line);
              assertThat(x.at().column()).isEqualTo(column);
              assertThat(x.code()).isEqualTo("rule.expression");
              assertThat(x.message())
                  .contains("reads 'criterio' of a row of 'items'", "(did you mean 'criterion'?)");
            });
  }
}
