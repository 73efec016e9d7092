package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method and path template, such as {@code POST /api/forms/{id}/validate}, and its endpoint. A
 * {@code {name}} segment matches any one non-empty segment; the endpoint judges its value.
 */
public record Route(String method, String template, Endpoint endpoint) {
  /** The path parameters if {@code path} fits the template, else empty. */
  Optional<Map<String, String>> match(String path) {
    List<String> want = segments(template);
    List<String> got = segments(path);
    if (want.size() != got.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      String g = got.get(i);
      if (w.startsWith("{") && w.endsWith("}")) {
        if (g.isEmpty()) {
          return Optional.empty();
        }
        params.put(w.substring(1, w.length() - 1), g);
      } else if (!w.equals(g)) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  private static List<String> segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return List.of(p.split("/", -1));
  }
}
