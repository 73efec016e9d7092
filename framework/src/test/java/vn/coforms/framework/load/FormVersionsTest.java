package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/** Several files declaring versions of one form (docs/format.md, "Form versions"). */
class FormVersionsTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

  private final Path dir = freshFolder();

  private static Path freshFolder() {
    try {
      return Files.createTempDirectory("coforms-versions");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The fixture form as file {@code id}.yaml, a version with {@code version}, dated by issueDate.
   */
  private static String version(String id, String version) throws IOException {
    String text = minimal();
    return text.replace("id: minimal\n", "id: " + id + "\nversion: " + version + "\n")
        .replace(
            "  - { id: exhibition,",
            "  - { id: issueDate, box: \"3\", type: date, label: { en: \"Date\", vi: \"Ngày\" } }\n"
                + "  - { id: exhibition,");
  }

  private static String minimal() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            FormVersionsTest.class.getClassLoader().getResourceAsStream("good/minimal.yaml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private LoadResult load(Map<String, String> files) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(dir);
    List<Path> paths = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey() + ".yaml");
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      paths.add(file);
    }
    return FormLoader.standard().load(dir.resolve("common"), paths);
  }

  private static List<String> rendered(LoadResult result) {
    return result.diagnostics().stream().map(Diagnostic::render).toList();
  }

  /** First Protocol 2015-2024 for everyone; Second Protocol from 2025, for LA only. */
  private Catalogue twoProtocols() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "minimal",
        version(
            "minimal",
            "{ of: minimal, name: \"Second\", from: 2025-01-01, importers: [LA],"
                + " importerField: importingCountry }"));
    files.put(
        "minimal-2015",
        version("minimal-2015", "{ of: minimal, name: \"First\", from: 2015-01-01 }"));
    LoadResult result = load(files);
    assertThat(rendered(result)).isEmpty();
    return result.catalogue();
  }

  private static Map<String, Object> dated(String date, String importer) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (!date.isEmpty()) {
      fields.put("issueDate", date);
    }
    fields.put("importingCountry", importer);
    return fields;
  }

  @Nested
  class Picking {
    @Test
    void aLimitedVersionIsPickedForItsImportersOnItsDays() throws IOException {
      Catalogue catalogue = twoProtocols();

      assertThat(catalogue.pick("minimal", dated("2025-06-01", "LA"), today()).form().id())
          .isEqualTo("minimal");
    }

    @Test
    void anotherImporterOnTheSameDaysGetsTheUnlimitedVersion() throws IOException {
      Catalogue catalogue = twoProtocols();

      assertThat(catalogue.pick("minimal", dated("2025-06-01", "VN"), today()).form().id())
          .isEqualTo("minimal-2015");
    }

    @Test
    void beforeTheLimitedVersionStartsEveryImporterGetsTheOlderVersion() throws IOException {
      Catalogue catalogue = twoProtocols();

      assertThat(catalogue.pick("minimal", dated("2024-12-31", "LA"), today()).form().id())
          .isEqualTo("minimal-2015");
    }

    @Test
    void whicheverVersionTheCertificateNamesTheDatesDecide() throws IOException {
      Catalogue catalogue = twoProtocols();

      assertThat(catalogue.pick("minimal-2015", dated("2025-06-01", "LA"), today()).form().id())
          .isEqualTo("minimal");
    }

    @Test
    void anUndatedCertificateIsTakenAsOfToday() throws IOException {
      Catalogue catalogue = twoProtocols();

      assertThat(catalogue.pick("minimal", dated("", "LA"), today()).form().id())
          .isEqualTo("minimal");
      assertThat(
              catalogue
                  .pick("minimal", dated("", "LA"), java.time.LocalDate.parse("2020-01-01"))
                  .form()
                  .id())
          .isEqualTo("minimal-2015");
    }

    @Test
    void aFormWithoutVersionsIsItself() throws IOException {
      LoadResult result = load(Map.of("minimal", minimal()));

      assertThat(result.catalogue().pick("minimal", Map.of(), today()).form().id())
          .isEqualTo("minimal");
      assertThat(result.catalogue().pick("minimal", Map.of(), today()).miss()).isEmpty();
    }

    @Test
    void aVersionsRulesAreNamedAfterTheFormTheCertificateNames() throws IOException {
      Catalogue catalogue = twoProtocols();

      assertThat(catalogue.require("minimal-2015").rules())
          .extracting(r -> r.id())
          .contains("minimal.exhibition.name");
    }
  }

  @Nested
  class Validating {
    @Test
    void aCertificateDatedBeforeEveryWindowGetsOneFindingNamingTheWindows() throws IOException {
      Catalogue catalogue = twoProtocols();
      Map<String, Object> fields = dated("2014-05-01", "LA");
      fields.put("exporter", "Co");
      fields.put("items", List.of(Map.of("description", "Rice", "criterion", "WO")));
      Certificate certificate =
          new Certificate("minimal", IssuanceMode.NORMAL, LinkedCertificate.NONE, fields);

      List<Finding> findings = new CertificateValidator(TODAY).validate(catalogue, certificate);

      assertThat(findings).extracting(Finding::ruleId).containsExactly("form.version");
      assertThat(findings.get(0).message().en())
          .contains("dated 2014-05-01, importing LA")
          .contains("minimal \"Second\" 2025-01-01 onwards (importing LA)")
          .contains("minimal-2015 \"First\" 2015-01-01 onwards");
    }

    @Test
    void aCertificateIsCheckedAgainstThePickedVersion() throws IOException {
      Catalogue catalogue = twoProtocols();
      Map<String, Object> fields = dated("2020-05-01", "LA");
      fields.put("exporter", "Co");
      fields.put("items", List.of(Map.of("description", "Rice", "criterion", "WO")));
      Certificate certificate =
          new Certificate("minimal", IssuanceMode.NORMAL, LinkedCertificate.NONE, fields);

      CertificateValidator validator = new CertificateValidator(TODAY);

      assertThat(validator.validate(catalogue, certificate)).isEmpty();
      assertThat(validator.pick(catalogue, certificate).form().id()).isEqualTo("minimal-2015");
    }
  }

  @Nested
  class Linting {
    @Test
    void overlappingWindowsAreReportedOnTheLaterVersion() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  version("minimal", "{ of: minimal, name: \"Second\", from: 2025-01-01 }"),
                  "minimal-2015",
                  version(
                      "minimal-2015",
                      "{ of: minimal, name: \"First\", from: 2015-01-01, until: 2025-06-30 }")));

      assertThat(rendered(result))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains(".yaml:4:1: error[version.overlap]")
          .contains("both apply to the days from 2025-01-01");
    }

    @Test
    void twoVersionsWithTheSameWindowAreReported() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  version("minimal", "{ of: minimal, name: \"Second\", from: 2015-01-01 }"),
                  "minimal-2015",
                  version("minimal-2015", "{ of: minimal, name: \"First\", from: 2015-01-01 }")));

      assertThat(rendered(result))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("error[version.same-window]")
          .contains("have the same window");
    }

    @Test
    void aGapBetweenWindowsIsReportedWithTheDaysNoVersionCovers() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  version("minimal", "{ of: minimal, name: \"Second\", from: 2025-01-10 }"),
                  "minimal-2015",
                  version(
                      "minimal-2015",
                      "{ of: minimal, name: \"First\", from: 2015-01-01, until: 2024-12-31 }")));

      assertThat(rendered(result))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("/minimal.yaml:4:1: error[version.gap]")
          .contains("no version applies from 2025-01-01 to 2025-01-09");
    }

    @Test
    void windowsThatMeetAreNeitherAGapNorAnOverlap() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  version("minimal", "{ of: minimal, name: \"Second\", from: 2025-01-01 }"),
                  "minimal-2015",
                  version(
                      "minimal-2015",
                      "{ of: minimal, name: \"First\", from: 2015-01-01, until: 2024-12-31 }")));

      assertThat(rendered(result)).isEmpty();
    }

    @Test
    void aVersionOfNoFormIsReportedAtTheName() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal-2015",
                  version("minimal-2015", "{ of: minimall, name: \"First\", from: 2015-01-01 }")
                      .replace("id: minimal.", "id: minimall.")));

      assertThat(rendered(result))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("/minimal-2015.yaml:4:16: error[version.unknown-form]")
          .contains("names form 'minimall', which no file of this folder declares");
    }

    @Test
    void aVersionOfAFormThatHasNoVersionsIsReported() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  minimal(),
                  "minimal-2015",
                  version("minimal-2015", "{ of: minimal, name: \"First\", from: 2015-01-01 }")));

      assertThat(rendered(result))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("error[version.unknown-form]")
          .contains("which declares no 'version:' of its own");
    }

    @Test
    void aWindowEndingBeforeItStartsIsReportedAtItsEnd() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  version(
                      "minimal",
                      "{ of: minimal, name: \"Second\", from: 2025-01-01, until: 2024-01-01 }")));

      assertThat(rendered(result))
          .anySatisfy(d -> assertThat(d).contains("error[version.window]").contains("2024-01-01"));
    }

    @Test
    void importersNeedTheFieldThatHoldsTheImportingParty() throws IOException {
      LoadResult result =
          load(
              Map.of(
                  "minimal",
                  version(
                      "minimal",
                      "{ of: minimal, name: \"Second\", from: 2025-01-01, importers: [LA, AU] }")));

      assertThat(rendered(result))
          .anySatisfy(d -> assertThat(d).contains("error[version.importer-field]"))
          .anySatisfy(
              d ->
                  assertThat(d)
                      .contains("error[version.importer]")
                      .contains("'AU', which is not a party"));
    }
  }

  private static java.time.LocalDate today() {
    return java.time.LocalDate.now(TODAY);
  }
}
