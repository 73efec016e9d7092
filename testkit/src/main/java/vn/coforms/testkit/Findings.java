package vn.coforms.testkit;

import java.util.List;
import java.util.stream.Collectors;
import vn.coforms.framework.validate.Finding;

/**
 * What the validator found in one certificate, in its order: the value {@link Certificates#check}
 * returns and {@code CoformsAssertions.assertThat(Findings)} asserts on.
 *
 * @param findings every finding, errors and warnings alike
 */
public record Findings(List<Finding> findings) {
  public Findings {
    findings = List.copyOf(findings);
  }

  /** The rule id of each finding, in order, repeated when a rule fires on several rows. */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).collect(Collectors.toUnmodifiableList());
  }

  /** Whether there is no finding at all (a warning counts). */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** One finding a line, as reports print them. */
  @Override
  public String toString() {
    return findings.isEmpty()
        ? "no findings"
        : findings.stream().map(Finding::render).collect(Collectors.joining("\n"));
  }
}
