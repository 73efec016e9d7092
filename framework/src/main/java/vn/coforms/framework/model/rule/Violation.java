package vn.coforms.framework.model.rule;

/**
 * What a rule reports: the offending field path and, optionally, a detail such as the value seen.
 */
public record Violation(String fieldPath, String detail) {
  public static Violation at(String fieldPath) {
    return new Violation(fieldPath, "");
  }
}
