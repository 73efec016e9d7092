package vn.coforms.framework.model.rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.model.value.FieldValue;

/** No two rows of the {@code forEach} group may hold the same value in a listed field. */
public record UniqueRule(RuleHeader header) implements Rule {
  @Override
  public RuleKind kind() {
    return RuleKind.UNIQUE;
  }

  @Override
  public boolean perRow() {
    return false;
  }

  @Override
  public List<Violation> check(Scope scope) {
    List<Violation> out = new ArrayList<>();
    String group = header.forEach().orElseThrow();
    for (String f : header.fields()) {
      Map<String, Integer> seen = new HashMap<>();
      for (Scope row : scope.rows(group)) {
        row.value(f)
            .filter(FieldValue::filled)
            .ifPresent(
                v -> {
                  Integer first = seen.putIfAbsent(v.text().strip(), row.row().orElse(0));
                  if (first != null) {
                    out.add(Violation.repeats(row.path(f), v, first));
                  }
                });
      }
    }
    return out;
  }
}
