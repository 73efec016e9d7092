package vn.coforms.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coforms.testkit.assertions.CoformsAssertions.assertThat;
import static vn.coforms.testkit.assertions.SampleCertificates.CERTIFICATES;
import static vn.coforms.testkit.assertions.SampleCertificates.sample;

import org.junit.jupiter.api.Test;
import vn.coforms.testkit.Findings;

/** Both {@code assertThat}s statically imported: each call picks the one for its type. */
class NoClashWithAssertjTest {
  @Test
  void bothEntryPointsResolveSideBySide() {
    Findings findings = CERTIFICATES.check(sample("e", "invalid-rvc-below-40"));
    assertThat(findings).hasOnlyRule("criterion.rvc-bounds");
    assertThat(findings.ruleIds()).containsExactly("criterion.rvc-bounds");
    assertThat(findings.isClean()).isFalse();
  }
}
