package vn.coforms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.FixedFileNamer;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

class SamplesTest {
  /** Validation uses "today"; the samples are written for this day, so results never drift. */
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  static Catalogue catalogue;
  static CertificateValidator validator;
  static final CertificateReader READER = new CertificateReader();

  @BeforeAll
  static void loadForms() {
    LoadResult loaded = FormLoader.standard().loadBundled();
    assertThat(loaded.diagnostics()).as(loaded.report()).isEmpty();
    catalogue = loaded.catalogue();
    validator = new CertificateValidator(TODAY);
  }

  static Stream<Sample> validSamples() {
    return Samples.all().stream().filter(Sample::valid);
  }

  static Stream<Sample> invalidSamples() {
    return Samples.all().stream().filter(s -> !s.valid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void validSampleHasNoFindings(Sample sample) {
    List<Finding> findings = validator.validate(catalogue, sample.certificate(READER));
    assertThat(findings).extracting(Finding::render).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSamples")
  void invalidSampleProducesExactlyItsApprovedFindings(Sample sample) {
    List<Finding> findings = validator.validate(catalogue, sample.certificate(READER));
    assertThat(CertificateValidator.passes(findings))
        .as("an invalid sample must fail validation")
        .isFalse();
    String report = findings.stream().map(Finding::render).collect(Collectors.joining("\n")) + "\n";
    Approvals.verify(
        report,
        new Options()
            .withReporter(new QuietReporter())
            .forFile()
            .withNamer(
                new FixedFileNamer(
                    "src/main/resources/samples/"
                        + sample.formId()
                        + "/"
                        + sample.name()
                        + ".expected",
                    "target/approval/" + sample.formId() + "/" + sample.name() + ".received")));
  }

  @Nested
  class EveryForm {
    @Test
    void hasTwoValidSamplesOneOfThemLongAndSixInvalidOnes() {
      for (FormDefinition form : catalogue.forms()) {
        List<Sample> samples = Samples.of(form.id());
        assertThat(samples.stream().filter(Sample::valid))
            .as(form.id() + " valid samples")
            .hasSizeGreaterThanOrEqualTo(2);
        assertThat(samples.stream().filter(s -> s.name().equals("valid-long")))
            .as(form.id() + " long sample")
            .hasSize(1);
        assertThat(samples.stream().filter(s -> !s.valid()))
            .as(form.id() + " invalid samples")
            .hasSizeGreaterThanOrEqualTo(6);
      }
    }

    @Test
    void hasSamplesAndEverySampleNamesALoadedForm() {
      assertThat(Samples.all()).isNotEmpty();
      for (Sample s : Samples.all()) {
        assertThat(s.certificate(READER).formId()).as(s.toString()).isEqualTo(s.formId());
        assertThat(catalogue.form(s.formId())).as(s.toString()).isPresent();
      }
    }
  }
}
