package vn.coforms.framework.validate;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.Bilingual;

/**
 * One problem in a certificate: which rule, how serious, which box, which field (JSON path, e.g.
 * {@code items[2].fob}) and item row (1-based), the message in English and Vietnamese, and the
 * legal source of the rule.
 */
public record Finding(
    String ruleId,
    Severity severity,
    String box,
    String field,
    OptionalInt row,
    Bilingual message,
    String source) {
  public Finding {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(box, "box");
    requireNonNull(field, "field");
  }

  /**
   * The one-line form used in reports and approved files: {@code error d.fob.only-with-rvc box 9
   * items[1].fob (row 2): …}.
   */
  public String render() {
    return severity.label()
        + " "
        + ruleId
        + " box "
        + (box.isEmpty() ? "-" : box)
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
