package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * A YAML syntax error is reported on the line where the problem starts, not where it is noticed.
 */
class YamlSyntaxErrorTest {
  @Test
  void anUnclosedQuoteIsReportedAtTheOpeningQuote() {
    Diagnostic d = onlyDiagnostic("code: \"X\"", "code: 'X");

    assertThat(d.render())
        .contains(
            "minimal.yaml:4:7: error[yaml.syntax]: YAML syntax error: the quoted string that starts"
                + " here is not closed: found unexpected end of stream at line ")
        .contains("fix: end the text with the quote it starts with");
  }

  @Test
  void anUnclosedListIsReportedAtItsOpeningBracket() {
    Diagnostic d = onlyDiagnostic("numberField: referenceNo", "numberField: [referenceNo");

    assertThat(d.render())
        .contains(
            "minimal.yaml:17:14: error[yaml.syntax]: YAML syntax error: the list '[' that starts"
                + " here is not closed: expected ',' or ']', but got : at line 18, column 7")
        .contains("fix: end the list with ']'");
  }

  @Test
  void anUnclosedMappingIsReportedAtItsOpeningBrace() {
    Diagnostic d =
        onlyDiagnostic(
            "source: { seed: \"none\", lines: \"-\", template: \"test fixture\" }",
            "source: { seed: \"none\", lines: \"-\", template: \"test fixture\"");

    assertThat(d.render())
        .contains(
            "minimal.yaml:6:9: error[yaml.syntax]: YAML syntax error: the mapping '{' that starts"
                + " here is not closed: expected ',' or '}', but got a value at line 7, column 1")
        .contains("fix: end the mapping with '}'");
  }

  @Test
  void aMisindentedKeyIsReportedOnItsOwnLine() {
    Diagnostic d = onlyDiagnostic("  code: \"0.000000\"", "  code: \"0.000000\"\n bad: x");

    assertThat(d.render())
        .contains(
            "minimal.yaml:15:2: error[yaml.syntax]: YAML syntax error: expected the end of the"
                + " indented block, but found a key indented deeper (while parsing a block mapping"
                + " that starts at line 2)");
  }

  private static Diagnostic onlyDiagnostic(String line, String broken) {
    String text = minimal();
    assertThat(text).contains(line);
    var result = DefinitionTestHelper.forText("minimal.yaml", text.replace(line, broken)).load();
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  private static String minimal() {
    return DefinitionTestHelper.forResource("good/minimal.yaml").text();
  }
}
