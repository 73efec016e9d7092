package vn.coforms.testkit.assertions;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import vn.coforms.framework.validate.Finding;
import vn.coforms.testkit.Findings;

/**
 * Assertions on the findings of one certificate. Every failure message lists every finding, one a
 * line as reports print them, so the reason is in the test report.
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, Findings> {

  FindingsAssert(Findings actual) {
    super(actual, FindingsAssert.class);
  }

  /** There is no finding at all. */
  public FindingsAssert isClean() {
    isNotNull();
    if (!actual.isClean()) {
      failBecause("Expected no findings, but found " + count() + ":\n" + listed());
    }
    return this;
  }

  /**
   * There is at least one finding, and every finding is of {@code ruleId} (a rule of the form such
   * as {@code e.fob.only-with-rvc}, or a built-in check such as {@code field.required}).
   */
  public FindingsAssert hasOnlyRule(String ruleId) {
    isNotNull();
    List<String> others =
        actual.ruleIds().stream().filter(id -> !id.equals(ruleId)).distinct().toList();
    if (actual.isClean() || !others.isEmpty()) {
      failBecause(
          "Expected only findings of rule "
              + ruleId
              + ", but "
              + (actual.isClean() ? "found none" : "found other rules " + others)
              + ":\n"
              + listed());
    }
    return this;
  }

  /** At least one finding is of {@code ruleId}. */
  public FindingsAssert hasRule(String ruleId) {
    isNotNull();
    if (!actual.ruleIds().contains(ruleId)) {
      failBecause("Expected a finding of rule " + ruleId + ", but found none:\n" + listed());
    }
    return this;
  }

  /** No finding is of {@code ruleId}. */
  public FindingsAssert doesNotHaveRule(String ruleId) {
    isNotNull();
    if (actual.ruleIds().contains(ruleId)) {
      failBecause("Expected no finding of rule " + ruleId + ", but found:\n" + listed());
    }
    return this;
  }

  /**
   * A finding is about {@code field} in item row {@code row} (1-based, as findings and the printed
   * certificate count). {@code field} is the finding's JSON path ({@code items[2].fob}) or the item
   * field's id alone ({@code fob}).
   */
  public FindingsAssert hasFindingAt(String field, int row) {
    isNotNull();
    Predicate<Finding> at =
        f ->
            f.row().equals(OptionalInt.of(row))
                && (f.field().equals(field) || f.field().endsWith("." + field));
    if (actual.findings().stream().noneMatch(at)) {
      failBecause(
          "Expected a finding about " + field + " in row " + row + ", but found:\n" + listed());
    }
    return this;
  }

  /** A finding is about the top-level {@code field} (a path such as {@code importingCountry}). */
  public FindingsAssert hasFindingAt(String field) {
    isNotNull();
    if (actual.findings().stream().noneMatch(f -> f.field().equals(field))) {
      failBecause("Expected a finding about " + field + ", but found:\n" + listed());
    }
    return this;
  }

  /** There are exactly {@code expected} findings. */
  public FindingsAssert hasSize(int expected) {
    isNotNull();
    if (count() != expected) {
      failBecause("Expected " + expected + " finding(s), but found " + count() + ":\n" + listed());
    }
    return this;
  }

  private int count() {
    return actual.findings().size();
  }

  private String listed() {
    return actual.isClean()
        ? "  (no findings)"
        : actual.findings().stream().map(f -> "  " + f.render()).collect(Collectors.joining("\n"));
  }

  /** Fails with {@code message} as is: finding texts hold '%' ("RVC below 40%"). */
  private void failBecause(String message) {
    failWithMessage("%s", message);
  }
}
