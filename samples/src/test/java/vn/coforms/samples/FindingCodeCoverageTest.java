package vn.coforms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.framework.testkit.FixedFileNamer;
import vn.coforms.framework.validate.BuiltInChecks;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * Every built-in finding code is exercised by an approved file: an invalid sample's {@code
 * .expected.txt}, or a finding fixture under {@code src/test/resources/findings/<form>/<code>.json}
 * (a valid sample changed in one way, approved beside it). The codes are listed from the
 * validator's source, so a new check without an approved example fails here. Loader diagnostics are
 * {@code BrokenFileCorpusTest}'s job; declared rule ids are {@code RuleCoverageTest}'s.
 */
class FindingCodeCoverageTest {
  static final Path FIXTURES = Path.of("src/test/resources/findings");
  static final Catalogue CATALOGUE = FormLoader.standard().loadBundled().orThrow();
  static final CertificateValidator VALIDATOR = new CertificateValidator(SamplesTest.TODAY);

  /**
   * Codes no bundled form can produce from a certificate file, with the test that produces each
   * (checked: the test's source names the code).
   */
  static final Map<String, String> ELSEWHERE =
      Map.of(
          "group.max-items",
          "framework/src/test/java/vn/coforms/framework/validate/ValueChecksTest.java",
          "rule.failed",
          "framework/src/test/java/vn/coforms/framework/validate/RuleScopeTest.java",
          "field.enum",
          "framework/src/test/java/vn/coforms/framework/validate/EnumFieldTest.java");

  private static final Pattern CODE_IN_SOURCE =
      Pattern.compile(
          "(?:\\(|=)\\s*\"((?:field|form|group|criterion|issuance|rule)\\.[a-z]+(?:-[a-z]+)*)\"");
  private static final Pattern CODE_IN_APPROVED =
      Pattern.compile("^(?:error|warning|info) ([a-z0-9.-]+) ", Pattern.MULTILINE);

  static Stream<Sample> fixtures() {
    return Samples.from(FIXTURES).stream();
  }

  /** The codes passed as a finding's first argument or held in a constant, outside the list. */
  @Test
  void theValidatorEmitsExactlyTheBuiltInCodes() throws IOException {
    Path validate =
        DefinitionTestHelper.repositoryRoot()
            .resolve("framework/src/main/java/vn/coforms/framework/validate");
    Set<String> inSource = new TreeSet<>();
    try (Stream<Path> files = Files.walk(validate)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.endsWith("BuiltInChecks.java"))
              .toList()) {
        Matcher m = CODE_IN_SOURCE.matcher(Files.readString(f));
        while (m.find()) {
          inSource.add(m.group(1));
        }
      }
    }
    assertThat(inSource).containsExactlyInAnyOrderElementsOf(BuiltInChecks.IDS);
  }

  @Test
  void everyBuiltInCodeAppearsInAnApprovedFileOrTheTestNamedForIt() throws IOException {
    Set<String> approved = new TreeSet<>();
    for (Path root : List.of(Samples.root(), FIXTURES)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".expected.txt")).toList()) {
          Matcher m = CODE_IN_APPROVED.matcher(Files.readString(f));
          while (m.find()) {
            approved.add(m.group(1));
          }
        }
      }
    }
    Set<String> missing = new TreeSet<>(BuiltInChecks.IDS);
    missing.removeAll(approved);
    missing.removeAll(ELSEWHERE.keySet());
    assertThat(missing).as("built-in codes no approved file or named test exercises").isEmpty();
    for (Map.Entry<String, String> e : ELSEWHERE.entrySet()) {
      assertThat(approved).as("%s needs no ELSEWHERE entry", e.getKey()).doesNotContain(e.getKey());
      Path test = DefinitionTestHelper.repositoryRoot().resolve(e.getValue());
      assertThat(Files.readString(test)).as(e.getValue()).contains("\"" + e.getKey() + "\"");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachFixtureGivesItsCodeAndExactlyItsApprovedFindings(Sample fixture) {
    List<Finding> findings = VALIDATOR.validate(CATALOGUE, fixture.certificate(SamplesTest.READER));
    assertThat(findings).extracting(Finding::ruleId).contains(fixture.name());
    String report = findings.stream().map(Finding::render).collect(Collectors.joining("\n")) + "\n";
    Approvals.verify(
        report,
        new Options()
            .withReporter(new QuietReporter())
            .forFile()
            .withNamer(
                new FixedFileNamer(
                    FIXTURES + "/" + fixture.formId() + "/" + fixture.name() + ".expected",
                    "target/approval/findings/"
                        + fixture.formId()
                        + "/"
                        + fixture.name()
                        + ".received")));
  }
}
