package vn.coforms.server.http;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One error answer in the shape of RFC 9457 ({@code application/problem+json}): a stable {@code
 * type} URI per kind of error, a title, the HTTP status, a detail that says what was found and how
 * to fix it, and members particular to the kind (the line and column of a syntax error, a suggested
 * form id).
 *
 * @param kind the last segment of the type URI, e.g. {@code unknown-form}
 * @param extensions extra members, in the order written
 */
public record Problem(
    String kind, String title, int status, String detail, Map<String, Object> extensions) {
  /** Where every problem type URI starts. */
  static final String TYPE_BASE = "https://coforms.vn/problems/";

  public Problem {
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(detail, "detail");
    extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  public Problem(String kind, String title, int status, String detail) {
    this(kind, title, status, detail, Map.of());
  }

  /** The stable type URI of this kind of problem. */
  String type() {
    return TYPE_BASE + kind;
  }

  /**
   * The members of the JSON document, in RFC 9457 order, then the extensions; no {@code instance}
   * when it is empty.
   */
  Map<String, Object> members(String instance) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type());
    m.put("title", title);
    m.put("status", status);
    m.put("detail", detail);
    if (!instance.isEmpty()) {
      m.put("instance", instance);
    }
    extensions.forEach(m::putIfAbsent);
    return m;
  }
}
