package vn.coforms.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.assertions.CoformsAssertions;

/**
 * Runs small test classes through the Jupiter engine and reads what happened. The classes below are
 * static and not named *Test, so the build does not run them on their own.
 */
class CoformsExtensionTest {

  static EngineExecutionResults run(Class<?>... classes) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(
            java.util.Arrays.stream(classes)
                .map(c -> selectClass(c))
                .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
        .execute();
  }

  /** The message of each failed test, in order. */
  static List<String> failures(EngineExecutionResults results) {
    return results.testEvents().failed().stream()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage())
        .toList();
  }

  /** Every value the tests published with {@link TestReporter}, under its key. */
  static List<String> reported(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .filter(m -> m.containsKey(key))
        .map(m -> m.get(key))
        .toList();
  }

  @CoformsTest(today = "2026-03-10")
  static class InjectsTheForms {
    @Test
    void everyKindOfParameter(
        Certificates certificates, Catalogue catalogue, @Form("e") FormDefinition e) {
      assertThat(catalogue).isSameAs(certificates.catalogue());
      assertThat(e.id()).isEqualTo("e");
      assertThat(certificates.today()).isEqualTo(LocalDate.of(2026, 3, 10));
    }
  }

  @CoformsTest
  static class RealToday {
    @Test
    void todayInVietNam(Certificates certificates) {
      assertThat(certificates.today())
          .isIn(
              LocalDate.now(Certificates.VIET_NAM),
              LocalDate.now(Certificates.VIET_NAM).minusDays(1));
    }
  }

  @CoformsTest(today = "2026-03-10")
  static class FirstClass {
    @Test
    void publishes(Certificates certificates, TestReporter reporter) {
      reporter.publishEntry(
          Map.of(
              "certificates", String.valueOf(System.identityHashCode(certificates)),
              "catalogue", String.valueOf(System.identityHashCode(certificates.catalogue()))));
    }
  }

  @CoformsTest(today = "2026-03-10")
  static class SecondClass {
    @Test
    void publishes(Certificates certificates, TestReporter reporter) {
      new FirstClass().publishes(certificates, reporter);
    }

    @Nested
    class Inside {
      @Test
      void publishes(Certificates certificates, TestReporter reporter) {
        new FirstClass().publishes(certificates, reporter);
      }
    }
  }

  @CoformsTest(today = "2026-04-01")
  static class AnotherDay {
    @Test
    void publishes(Certificates certificates, TestReporter reporter) {
      new FirstClass().publishes(certificates, reporter);
    }

    @Test
    @CoformsTest(today = "2026-05-01")
    void theMethodsDayWins(Certificates certificates) {
      assertThat(certificates.today()).isEqualTo(LocalDate.of(2026, 5, 1));
    }
  }

  @CoformsTest(forms = "../forms")
  static class AFolder {
    @Test
    void ofForms(Catalogue catalogue, TestReporter reporter) {
      assertThat(catalogue.forms()).extracting(FormDefinition::id).contains("e", "rcep");
      reporter.publishEntry("catalogue", String.valueOf(System.identityHashCode(catalogue)));
    }

    @Test
    @CoformsTest(forms = "../forms/")
    void writtenAnotherWay(Catalogue catalogue, TestReporter reporter) {
      reporter.publishEntry("catalogue", String.valueOf(System.identityHashCode(catalogue)));
    }
  }

  @CoformsTest(today = "2026-03-10")
  static class GeneratesCertificates {
    @Test
    void valid(
        @Generated(form = "e") Certificate byDefault,
        @Generated(form = "e", seed = 7, items = 5, mode = "retroactive") Certificate retroactive,
        Certificates certificates) {
      assertThat(certificates.validate(byDefault)).isEmpty();
      assertThat(certificates.validate(retroactive)).isEmpty();
      assertThat(retroactive.mode()).isEqualTo(IssuanceMode.RETROACTIVE);
      assertThat(retroactive.rows("items")).hasSize(5);
    }

    @Test
    void theSameAnnotationGivesTheSameCertificate(
        @Generated(form = "rcep", seed = 3) Certificate first,
        @Generated(form = "rcep", seed = 3) Certificate second) {
      assertThat(first).isEqualTo(second);
    }
  }

  @CoformsTest(today = "2026-03-10")
  static class BreaksOneRule {
    @Test
    void fobWithoutRvc(
        @Generated(form = "e", seed = 5, invalid = "e.fob.only-with-rvc") Certificate e,
        @Generated(form = "e", seed = 5, invalid = "field.required") Certificate missing,
        Certificates certificates) {
      CoformsAssertions.assertThat(certificates.check(e)).hasOnlyRule("e.fob.only-with-rvc");
      CoformsAssertions.assertThat(certificates.check(missing)).hasOnlyRule("field.required");
    }
  }

  @CoformsTest
  static class ItemsAndInvalid {
    @Test
    void both(@Generated(form = "e", items = 3, invalid = "field.required") Certificate e) {}
  }

  @CoformsTest
  static class NoItems {
    @Test
    void zero(@Generated(form = "e", items = 0) Certificate e) {}
  }

  @CoformsTest
  static class NegativeItems {
    @Test
    void minusTwo(@Generated(form = "e", items = -2) Certificate e) {}
  }

  @CoformsTest
  static class UnknownForm {
    @Test
    void formZ(@Form("z") FormDefinition z) {}
  }

  @CoformsTest
  static class UnknownMode {
    @Test
    void sometime(@Generated(form = "e", mode = "sometime") Certificate e) {}
  }

  @CoformsTest
  static class UnknownRule {
    @Test
    void noSuchRule(@Generated(form = "e", invalid = "e.no-such-rule") Certificate e) {}
  }

  @CoformsTest(today = "10/03/2026")
  static class BadDay {
    @Test
    void slashes(Certificates certificates) {}
  }

  @CoformsTest(forms = "no-such-folder")
  static class MissingFolder {
    @Test
    void none(Catalogue catalogue) {}
  }

  @Test
  void injectsCertificatesTheCatalogueAndAFormOnTheDayItIsGiven() {
    EngineExecutionResults results = run(InjectsTheForms.class);
    assertThat(failures(results)).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(1));
  }

  @Test
  void todayIsTheRealDayInVietNamByDefault() {
    EngineExecutionResults results = run(RealToday.class);
    assertThat(failures(results)).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(1));
  }

  @Test
  void loadsTheFormsOnceForEveryTestClassOfARun() {
    EngineExecutionResults results = run(FirstClass.class, SecondClass.class, AnotherDay.class);
    assertThat(failures(results)).isEmpty();
    List<String> certificates = reported(results, "certificates");
    List<String> catalogues = reported(results, "catalogue");
    assertThat(certificates).hasSize(4);
    // FirstClass, SecondClass and its nested class share one; AnotherDay has its own day...
    assertThat(certificates.subList(0, 3)).containsOnly(certificates.get(0));
    assertThat(certificates.get(3)).isNotEqualTo(certificates.get(0));
    // ...but not its own load of the forms.
    assertThat(catalogues).containsOnly(catalogues.get(0));
  }

  @Test
  void loadsAFolderOfFormsOnceHoweverItIsWritten() {
    EngineExecutionResults results = run(AFolder.class);
    assertThat(failures(results)).isEmpty();
    List<String> catalogues = reported(results, "catalogue");
    assertThat(catalogues).hasSize(2).containsOnly(catalogues.get(0));
  }

  @Test
  void generatesValidCertificatesAsTheAnnotationAsks() {
    EngineExecutionResults results = run(GeneratesCertificates.class);
    assertThat(failures(results)).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(2));
  }

  @Test
  void itemsOrModeWithInvalidFailTheTestSayingWhy() {
    assertThat(failures(run(ItemsAndInvalid.class)))
        .singleElement()
        .asString()
        .isEqualTo(
            "ParameterResolutionException: ItemsAndInvalid.both: @Generated(form = \"e\", seed ="
                + " 42): items and mode apply to valid certificates; drop them or invalid");
  }

  @Test
  void whatTheGeneratorCannotBuildFailsTheTestWithItsReasonAndSeed() {
    assertThat(failures(run(NoItems.class)))
        .singleElement()
        .asString()
        .startsWith(
            "ParameterResolutionException: NoItems.zero: @Generated(form = \"e\", seed = 42)"
                + " cannot be generated: form 'e' takes 1 to ")
        .endsWith(" item rows; 0 were asked for");
  }

  @Test
  void itemsBelowMinusOneFailTheTestSayingWhatToGive() {
    assertThat(failures(run(NegativeItems.class)))
        .singleElement()
        .asString()
        .isEqualTo(
            "ParameterResolutionException: NegativeItems.minusTwo: items = -2 in @Generated: give 0"
                + " or more, or -1");
  }

  @Test
  void anUnknownFormFailsTheTestNamingItAndTheForms() {
    assertThat(failures(run(UnknownForm.class)))
        .singleElement()
        .asString()
        .startsWith("ParameterResolutionException: UnknownForm.formZ: there is no form \"z\"")
        .contains(
            "the forms are "
                + String.join(
                    ", ",
                    Certificates.bundled().catalogue().forms().stream()
                        .map(f -> f.id())
                        .sorted()
                        .toList()));
  }

  @Test
  void anUnknownModeFailsTheTestNamingTheFormsModes() {
    assertThat(failures(run(UnknownMode.class)))
        .singleElement()
        .asString()
        .startsWith(
            "ParameterResolutionException: UnknownMode.sometime: form e has no issuance mode"
                + " \"sometime\"; its modes are normal, ")
        .contains("retroactive");
  }

  @Test
  void generatesACertificateBreakingExactlyTheRuleItNames() {
    EngineExecutionResults results = run(BreaksOneRule.class);
    assertThat(failures(results)).isEmpty();
    results.testEvents().assertStatistics(s -> s.succeeded(1));
  }

  @Test
  void anUnknownRuleFailsTheTestNamingTheRulesAndBuiltInChecks() {
    assertThat(failures(run(UnknownRule.class)))
        .singleElement()
        .asString()
        .startsWith(
            "ParameterResolutionException: UnknownRule.noSuchRule: form e has no rule or built-in"
                + " check \"e.no-such-rule\"; the ones a certificate can break are ")
        .contains("e.fob.only-with-rvc", "field.required");
  }

  @Test
  void aDayNotWrittenAsIsoFailsTheTest() {
    assertThat(failures(run(BadDay.class)))
        .singleElement()
        .asString()
        .isEqualTo(
            "ParameterResolutionException: BadDay.slashes: today = \"10/03/2026\" in @CoformsTest"
                + " is not a day written yyyy-MM-dd");
  }

  @Test
  void aFolderThatDoesNotLoadFailsTheTestSayingWhere() {
    assertThat(failures(run(MissingFolder.class)))
        .singleElement()
        .asString()
        .startsWith(
            "ParameterResolutionException: MissingFolder.none: forms = \"no-such-folder\" in"
                + " @CoformsTest (")
        .contains("no-such-folder) does not load: ");
  }
}
