package vn.coforms.framework.validate;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.Bilingual;

/**
 * One problem in a certificate: which rule, how serious, which box, which field (JSON path, e.g.
 * {@code items[2].fob}) and item row (1-based), the message in English and Vietnamese, the legal
 * source of the rule and, for a rule that judges a value, the value found (which the message also
 * shows).
 *
 * @param found the offending value as entered, for pattern, one-of, range and unique rules
 * @param sameAsRow for a unique rule, the 1-based row that first held the repeated value
 */
public record Finding(
    String ruleId,
    Severity severity,
    String box,
    String field,
    OptionalInt row,
    Bilingual message,
    String source,
    Optional<String> found,
    OptionalInt sameAsRow) {
  public Finding {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(box, "box");
    requireNonNull(field, "field");
    requireNonNull(found, "found");
    requireNonNull(sameAsRow, "sameAsRow");
  }

  /** A finding about no single value (a missing field, a broken condition, a built-in check). */
  public Finding(
      String ruleId,
      Severity severity,
      String box,
      String field,
      OptionalInt row,
      Bilingual message,
      String source) {
    this(ruleId, severity, box, field, row, message, source, Optional.empty(), OptionalInt.empty());
  }

  /**
   * The one-line form used in reports and approved files: {@code error d.fob.only-with-rvc box 9
   * items[1].fob (row 2): …}; a finding about no box (an unknown key) names only its field.
   */
  public String render() {
    return severity.label()
        + " "
        + ruleId
        + (box.isEmpty() ? "" : " box " + box)
        + (field.isEmpty() ? "" : " " + field)
        + (row.isPresent() ? " (row " + row.getAsInt() + ")" : "")
        + ": "
        + message.en()
        + " | "
        + message.vi()
        + " ["
        + source
        + "]";
  }
}
