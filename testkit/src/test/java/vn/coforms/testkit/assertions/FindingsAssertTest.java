package vn.coforms.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coforms.testkit.assertions.CoformsAssertions.assertThat;
import static vn.coforms.testkit.assertions.SampleCertificates.CERTIFICATES;
import static vn.coforms.testkit.assertions.SampleCertificates.sample;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.testkit.Findings;

class FindingsAssertTest {
  static final Findings CLEAN = CERTIFICATES.check(sample("e", "valid-basic"));

  /** One finding: criterion.rvc-bounds about items[2].criterion, row 3, "at least 40%". */
  static final Findings RVC_TOO_LOW = CERTIFICATES.check(sample("e", "invalid-rvc-below-40"));

  @Nested
  class IsClean {
    @Test
    void passesOnAValidSample() {
      assertThat(CLEAN).isClean().hasSize(0);
    }

    @Test
    void failsListingEveryFindingAsReportsPrintIt() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).isClean())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected no findings, but found 1:")
          .hasMessageContaining(
              "error criterion.rvc-bounds box 8 items[2].criterion (row 3): The Regional Value"
                  + " Content must be at least 40%");
    }

    @Test
    void failureKeepsTheTestsOwnDescription() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).as("seed 42").isClean())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("[seed 42]");
    }
  }

  @Nested
  class HasOnlyRule {
    @Test
    void passesWhenEveryFindingIsOfTheRule() {
      assertThat(RVC_TOO_LOW).hasOnlyRule("criterion.rvc-bounds");
    }

    @Test
    void failsOnACleanCertificateSayingNoneWasFound() {
      assertThatThrownBy(() -> assertThat(CLEAN).hasOnlyRule("criterion.rvc-bounds"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected only findings of rule criterion.rvc-bounds, but found none")
          .hasMessageContaining("(no findings)");
    }

    @Test
    void failsNamingTheOtherRules() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).hasOnlyRule("e.fob.only-with-rvc"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("found other rules [criterion.rvc-bounds]");
    }
  }

  @Nested
  class HasRuleAndDoesNotHaveRule {
    @Test
    void passWhenTheRuleIsThereAndAnotherIsNot() {
      assertThat(RVC_TOO_LOW)
          .hasRule("criterion.rvc-bounds")
          .doesNotHaveRule("e.fob.only-with-rvc");
    }

    @Test
    void hasRuleFailsNamingTheMissingRuleAndWhatWasFound() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).hasRule("e.fob.only-with-rvc"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a finding of rule e.fob.only-with-rvc, but found none")
          .hasMessageContaining("criterion.rvc-bounds");
    }

    @Test
    void doesNotHaveRuleFailsListingTheFinding() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).doesNotHaveRule("criterion.rvc-bounds"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected no finding of rule criterion.rvc-bounds, but found:")
          .hasMessageContaining("items[2].criterion (row 3)");
    }
  }

  @Nested
  class HasFindingAt {
    @Test
    void matchesTheJsonPathOrTheItemFieldAloneInItsRow() {
      assertThat(RVC_TOO_LOW).hasFindingAt("items[2].criterion", 3).hasFindingAt("criterion", 3);
    }

    @Test
    void failsOnAnotherRowNamingFieldAndRow() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).hasFindingAt("criterion", 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a finding about criterion in row 1, but found:")
          .hasMessageContaining("(row 3)");
    }

    @Test
    void matchesATopLevelField() {
      assertThat(CERTIFICATES.check(sample("e", "invalid-importing-country-not-party")))
          .hasOnlyRule("field.party")
          .hasFindingAt("importingCountry");
    }

    @Test
    void failsOnATopLevelFieldWithoutFindings() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).hasFindingAt("importingCountry"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a finding about importingCountry, but found:");
    }
  }

  @Nested
  class HasSize {
    @Test
    void failsSayingHowManyThereAre() {
      assertThatThrownBy(() -> assertThat(RVC_TOO_LOW).hasSize(2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected 2 finding(s), but found 1:");
    }
  }
}
