package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 *
 * <p>References inside a shared value are resolved too, and a problem there is located in the
 * shared file where it is written. A reference that leads back to itself is an error, and so is a
 * document that would grow past {@link #MAX_NODES} values by resolving (a "billion laughs" table of
 * references to references).
 */
final class References {
  /** The most values a document may hold once its references are resolved. */
  static final int MAX_NODES = 200_000;

  private static final Pattern REF = Pattern.compile("^@([a-z][a-z0-9-]*)/([A-Za-z0-9_.-]+)$");
  private final Map<String, YamlDocument> common;

  References(Map<String, YamlDocument> common) {
    this.common = Map.copyOf(common);
  }

  record Resolved(JsonNode root, List<Diagnostic> diagnostics) {}

  /** A reference being resolved: where it is written, for errors and cycle detection. */
  private record Step(String reference, YamlDocument doc, String pointer) {}

  /** The state of one {@link #resolve} call. */
  private static final class Walk {
    final List<Diagnostic> problems = new ArrayList<>();
    final Deque<Step> stack = new ArrayDeque<>();
    int nodes;
    boolean tooLarge;
  }

  Resolved resolve(YamlDocument doc) {
    Walk walk = new Walk();
    JsonNode out = walk(doc.root().deepCopy(), "", doc, walk);
    return new Resolved(out, walk.problems);
  }

  private JsonNode walk(JsonNode node, String pointer, YamlDocument doc, Walk walk) {
    if (++walk.nodes > MAX_NODES) {
      if (!walk.tooLarge) {
        walk.tooLarge = true;
        Step first = walk.stack.isEmpty() ? new Step("", doc, pointer) : walk.stack.getLast();
        walk.problems.add(
            Diagnostic.error(
                "ref.too-large",
                first.doc().sources().locateValue(first.pointer()),
                "resolving the references "
                    + (first.reference().isEmpty() ? "" : "from '" + first.reference() + "' ")
                    + "gives more than "
                    + MAX_NODES
                    + " values",
                "reference whole tables instead of repeating references to references"));
      }
      return node;
    }
    if (node.isTextual()) {
      Matcher m = REF.matcher(node.asText());
      if (m.matches() && !walk.tooLarge) {
        return follow(m.group(1), m.group(2), pointer, doc, walk).orElse(node);
      }
      return node;
    }
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node;
      List<String> keys = new ArrayList<>();
      obj.properties().forEach(e -> keys.add(e.getKey()));
      for (String k : keys) {
        obj.set(k, walk(obj.get(k), pointer + "/" + escape(k), doc, walk));
      }
    } else if (node.isArray()) {
      ArrayNode arr = (ArrayNode) node;
      for (int i = 0; i < arr.size(); i++) {
        arr.set(i, walk(arr.get(i), pointer + "/" + i, doc, walk));
      }
    }
    return node;
  }

  private Optional<JsonNode> follow(
      String file, String path, String pointer, YamlDocument doc, Walk walk) {
    String reference = "@" + file + "/" + path;
    if (walk.stack.stream().anyMatch(s -> s.reference().equals(reference))) {
      List<String> chain = new ArrayList<>();
      walk.stack.descendingIterator().forEachRemaining(s -> chain.add(s.reference()));
      chain.add(reference);
      walk.problems.add(
          Diagnostic.error(
              "ref.cycle",
              doc.sources().locateValue(pointer),
              "reference '" + reference + "' leads back to itself: " + String.join(" → ", chain),
              "replace one reference in the chain by the value itself"));
      return Optional.empty();
    }
    Optional<JsonNode> target = lookup(file, path, pointer, doc, walk.problems);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    YamlDocument targetDoc = java.util.Objects.requireNonNull(common.get(file), "looked up");
    String targetPointer = "/" + escape(file) + "/" + String.join("/", path.split("\\.", -1));
    walk.stack.push(new Step(reference, doc, pointer));
    try {
      return Optional.of(walk(target.get(), targetPointer, targetDoc, walk));
    } finally {
      walk.stack.pop();
    }
  }

  private Optional<JsonNode> lookup(
      String file, String path, String pointer, YamlDocument doc, List<Diagnostic> problems) {
    YamlDocument target = common.get(file);
    if (target == null) {
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
                  + ".yaml, which does not exist or has errors (see its diagnostics)"
                  + DidYouMean.hint(file, common.keySet()),
              "use one of: " + String.join(", ", common.keySet().stream().sorted().toList())));
      return Optional.empty();
    }
    JsonNode node = target.root().path(file);
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

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
