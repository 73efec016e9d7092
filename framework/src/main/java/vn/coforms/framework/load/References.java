package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.DidYouMean;

/**
 * Replaces {@code "@<file>/<key.path>"} strings with the value stored under {@code <file>:
 * <key.path>} in {@code forms/common/<file>.yaml}. Works on a copy; the positions of a replaced
 * value are those of the reference.
 */
final class References {
  private static final Pattern REF = Pattern.compile("^@([a-z][a-z0-9-]*)/([A-Za-z0-9_.-]+)$");
  private final Map<String, JsonNode> common;

  References(Map<String, JsonNode> common) {
    this.common = Map.copyOf(common);
  }

  record Resolved(JsonNode root, List<Diagnostic> diagnostics) {}

  Resolved resolve(YamlDocument doc) {
    List<Diagnostic> problems = new ArrayList<>();
    JsonNode copy = doc.root().deepCopy();
    JsonNode out = walk(copy, "", doc, problems);
    return new Resolved(out, problems);
  }

  private JsonNode walk(
      JsonNode node, String pointer, YamlDocument doc, List<Diagnostic> problems) {
    if (node.isTextual()) {
      Matcher m = REF.matcher(node.asText());
      if (m.matches()) {
        return lookup(m.group(1), m.group(2), pointer, doc, problems).orElse(node);
      }
      return node;
    }
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node;
      List<String> keys = new ArrayList<>();
      obj.properties().forEach(e -> keys.add(e.getKey()));
      for (String k : keys) {
        obj.set(
            k,
            walk(
                obj.get(k),
                pointer + "/" + k.replace("~", "~0").replace("/", "~1"),
                doc,
                problems));
      }
    } else if (node.isArray()) {
      ArrayNode arr = (ArrayNode) node;
      for (int i = 0; i < arr.size(); i++) {
        arr.set(i, walk(arr.get(i), pointer + "/" + i, doc, problems));
      }
    }
    return node;
  }

  private Optional<JsonNode> lookup(
      String file, String path, String pointer, YamlDocument doc, List<Diagnostic> problems) {
    JsonNode root = common.get(file);
    if (root == null) {
      problems.add(
          Diagnostic.error(
              "ref.unknown-file",
              doc.sources().locateValue(pointer),
              "reference '@"
                  + file
                  + "/"
                  + path
                  + "' names forms/common/"
                  + file
                  + ".yaml, which does not exist"
                  + DidYouMean.hint(file, common.keySet()),
              "use one of: " + String.join(", ", common.keySet().stream().sorted().toList())));
      return Optional.empty();
    }
    JsonNode node = root.path(file);
    StringBuilder walked = new StringBuilder();
    for (String part : path.split("\\.", -1)) {
      JsonNode next = node.path(part);
      if (next.isMissingNode()) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        problems.add(
            Diagnostic.error(
                "ref.unknown-key",
                doc.sources().locateValue(pointer),
                "reference '@"
                    + file
                    + "/"
                    + path
                    + "': forms/common/"
                    + file
                    + ".yaml has no key '"
                    + walked
                    + (walked.length() == 0 ? "" : ".")
                    + part
                    + "'"
                    + DidYouMean.hint(part, keys),
                keys.isEmpty() ? "check the reference" : "keys there: " + String.join(", ", keys)));
        return Optional.empty();
      }
      walked.append(walked.length() == 0 ? "" : ".").append(part);
      node = next;
    }
    return Optional.of(node.deepCopy());
  }
}
