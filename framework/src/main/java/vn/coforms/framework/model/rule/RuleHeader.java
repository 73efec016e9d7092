package vn.coforms.framework.model.rule;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.Bilingual;

/** What every rule declares, whatever its kind: identity, target, message and legal source. */
public record RuleHeader(
    String id,
    Severity severity,
    String box,
    List<String> fields,
    Optional<String> forEach,
    Condition when,
    Bilingual message,
    String source,
    SourceRef at) {
  public RuleHeader {
    requireNonNull(id, "id");
    requireNonNull(box, "box");
    fields = List.copyOf(fields);
    requireNonNull(when, "when");
  }
}
