package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.validate.Finding;

/**
 * A finding as the API writes it: JSON path, box, 1-based row (or {@code null}), code, severity,
 * message in English and Vietnamese, legal source, and the value found when the rule judged one.
 */
final class FindingJson {
  private FindingJson() {}

  static List<Map<String, @Nullable Object>> all(List<Finding> findings) {
    return findings.stream().map(FindingJson::of).toList();
  }

  static Map<String, @Nullable Object> of(Finding f) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("path", f.field());
    m.put("box", f.box());
    m.put("row", f.row().isPresent() ? f.row().getAsInt() : null);
    m.put("code", f.ruleId());
    m.put("severity", f.severity().label());
    m.put("message", f.message());
    m.put("source", f.source());
    f.found().ifPresent(v -> m.put("found", v));
    return m;
  }
}
