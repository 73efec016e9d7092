package vn.coforms.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.Finding;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.assertions.CoformsAssertions;

/**
 * Properties of every form in the repository's {@code forms/} folder, over generated certificates:
 * a form added there is covered without a test of its own. Each run is a form, an issuance mode, an
 * item count and a seed ({@link Plan}); its tests are named after it, and a failure prints it with
 * the command that reproduces it. {@code -Dcoforms.seeds=N} runs more seeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguePropertiesTest {
  /** "Today" for every run: a Wednesday, a working day in Viet Nam, so runs are reproducible. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** The repository's forms, as the testkit module sees them. */
  static final Path FORMS = Path.of("../forms");

  /** Seeds per breakable rule: the breaker's choices (which row, which value) vary with it. */
  static final int INVALID_SEEDS = 2;

  private final Certificates kit = Certificates.from(FORMS).on(TODAY);
  private final Supply supply = Supply.generated(kit);
  private final Plan plan = Plan.of(kit, supply, Selection.from(System.getProperties()));
  private final CertificateReader reader = new CertificateReader();

  /** Each run's certificate, generated once for all the properties (a 200-item one is slow). */
  private final Map<Run, Certificate> generated = new HashMap<>();

  @Test
  void everyFormFileOfTheFormsFolderIsUnderTest() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(FORMS)) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .map(n -> n.substring(0, n.length() - ".yaml".length()))
              .sorted()
              .toList();
    }
    assertThat(kit.catalogue().forms().stream().map(FormDefinition::id).sorted())
        .containsExactlyElementsOf(files)
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @TestFactory
  Stream<DynamicNode> generatedCertificatesValidateClean() {
    return perRun(
        run -> true,
        run -> {
          List<Finding> findings = kit.validate(certificate(run));
          assertThat(findings.stream().map(Finding::render).toList()).as(run.describe()).isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicNode> theyRenderWithEveryTextInsideItsRectangle() {
    return perRun(
        run -> true,
        run -> {
          Certificate certificate = certificate(run);
          assertThat(kit.pdf(certificate)).as(run.describe()).isNotEmpty();
          CoformsAssertions.assertThat(kit.pages(certificate))
              .as(run.describe())
              .everyTextInsideItsRectangle();
        });
  }

  @TestFactory
  Stream<DynamicNode> generatingTwiceGivesTheSameCertificate() {
    return perRun(
        run -> true,
        run ->
            assertThat(kit.json(supply.certificate(run)))
                .as(run.describe())
                .isEqualTo(kit.json(certificate(run))));
  }

  /** Rendering twice: the first seed of every form, mode and count. */
  @TestFactory
  Stream<DynamicNode> renderingTwiceGivesTheSameBytes() {
    return perRun(
        this::firstSeed,
        run -> {
          Certificate certificate = certificate(run);
          assertThat(kit.pdf(certificate)).as(run.describe()).isEqualTo(kit.pdf(certificate));
        });
  }

  /** veraPDF on a sample: the first seed of every form and count, in the form's first mode. */
  @TestFactory
  Stream<DynamicNode> theyArePdfA3b() {
    return perRun(
        run -> firstSeed(run) && run.mode() == kit.form(run.formId()).issuance().modes().get(0),
        run ->
            CoformsAssertions.assertThat(kit.render(certificate(run))).as(run.describe()).isPdfA());
  }

  @TestFactory
  Stream<DynamicNode> theJsonRoundTripIsLossless() {
    return perRun(
        run -> true,
        run -> {
          Certificate certificate = certificate(run);
          CertificateReader.Read read = reader.read("generated.json", kit.json(certificate));
          assertThat(read.diagnostics()).as(run.describe()).isEmpty();
          Certificate back = read.certificate().orElseThrow();
          assertThat(kit.json(back)).as(run.describe()).isEqualTo(kit.json(certificate));
          assertThat(back).as(run.describe()).isEqualTo(certificate);
        });
  }

  /**
   * Every rule and built-in check the rule breaker says it can break, on every form, for {@link
   * #INVALID_SEEDS} seeds: the findings are that rule's and no other's.
   */
  @TestFactory
  Stream<DynamicNode> anInvalidCertificateBreaksExactlyItsRule() {
    Selection selection = Selection.from(System.getProperties());
    return plan.forms().stream()
        .map(
            f ->
                dynamicContainer(
                    f.form().id(),
                    kit.breakable(f.form().id()).stream()
                        .flatMap(
                            rule ->
                                LongStream.of(selection.seedsToRun(INVALID_SEEDS))
                                    .mapToObj(
                                        seed -> (DynamicNode) broken(f.form().id(), rule, seed)))));
  }

  private DynamicTest broken(String formId, String rule, long seed) {
    String run =
        String.format(
            Locale.ROOT,
            "invalid(%s, %s, seed %d), today %s%n  reproduce: mvn -o -pl testkit -am test"
                + " -Dtest='CataloguePropertiesTest#anInvalidCertificateBreaksExactlyItsRule'"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dcoforms.form=%s -Dcoforms.seed=%d",
            formId,
            rule,
            seed,
            TODAY,
            formId,
            seed);
    return dynamicTest(
        rule + " · seed " + seed,
        () -> {
          Certificate certificate;
          try {
            certificate = kit.invalid(formId, rule, seed);
          } catch (RuntimeException e) {
            throw new AssertionError("no certificate for " + run, e);
          }
          List<Finding> findings = kit.validate(certificate);
          assertThat(findings.stream().map(Finding::render).toList()).as(run).isNotEmpty();
          assertThat(findings.stream().map(Finding::ruleId).distinct().toList())
              .as("%s%n  findings: %s", run, findings.stream().map(Finding::render).toList())
              .containsExactly(rule);
        });
  }

  /** A test per selected run, in one container per form that says the form's capacity. */
  private Stream<DynamicNode> perRun(Predicate<Run> which, Check check) {
    return plan.forms().stream()
        .map(
            f ->
                dynamicContainer(
                    f.form().id() + " (the front page holds " + f.capacity() + " items)",
                    f.runs().stream().filter(which).map(run -> (DynamicNode) test(run, check))));
  }

  private static DynamicTest test(Run run, Check check) {
    return dynamicTest(run.name(), () -> check.on(run));
  }

  private boolean firstSeed(Run run) {
    return plan.runs()
        .filter(r -> r.formId().equals(run.formId()) && r.items() == run.items())
        .map(Run::seed)
        .min(Comparator.naturalOrder())
        .map(s -> s == run.seed())
        .orElse(false);
  }

  /** The run's certificate, made once; a failure to make it names the run. */
  private Certificate certificate(Run run) {
    try {
      return generated.computeIfAbsent(run, supply::certificate);
    } catch (RuntimeException e) {
      throw new AssertionError("no certificate for " + run.describe(), e);
    }
  }

  /** A property of one run. */
  @FunctionalInterface
  private interface Check {
    void on(Run run) throws Exception;
  }
}
