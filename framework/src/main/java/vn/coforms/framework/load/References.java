package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.diag.SourceRef;

/**
 * Replaces {@code "@<file>/<key.path>"} strings with the value stored under {@code <file>:
 * <key.path>} in {@code forms/common/<file>.yaml}. Works on a copy; the positions of a replaced
 * value are those of the reference.
 *
 * <p>A reference that is an item of a list and names a list is spliced: the named list's items
 * become items of the enclosing list in its place, each located where it is written in the shared
 * file (and a diagnostic there says which reference used it). The resolved document comes with its
 * own {@link SourceMap}, so the items after a splice keep their own lines.
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

  /**
   * A resolved document: its tree, where each of its values was written, the items spliced in from
   * shared files, and the problems met.
   */
  record Resolved(
      JsonNode root, SourceMap sources, List<Splice> splices, List<Diagnostic> diagnostics) {
    Resolved {
      splices = List.copyOf(splices);
      diagnostics = List.copyOf(diagnostics);
    }

    /**
     * {@code d}, saying which reference used the shared lines it is located on ("used by
     * d.yaml:45:9"), when it is located in items spliced in from a shared file.
     */
    Diagnostic withUse(Diagnostic d) {
      for (Splice s : splices) {
        if (s.covers(d.at())) {
          return new Diagnostic(
              d.severity(),
              d.code(),
              d.at(),
              d.message() + " (used by " + s.usedBy() + ")",
              d.fix());
        }
      }
      return d;
    }
  }

  /**
   * Lines {@code first..last} of shared file {@code file} spliced into a list by the reference at
   * {@code usedBy}.
   */
  record Splice(String file, int first, int last, SourceRef usedBy) {
    boolean covers(SourceRef at) {
      return at.file().equals(file) && at.line() >= first && at.line() <= last;
    }
  }

  /** The lines of one shared file that the items of a splice are written on, as they are walked. */
  private static final class Lines {
    final String file;
    int first = Integer.MAX_VALUE;
    int last;

    Lines(String file) {
      this.file = file;
    }

    void add(SourceRef ref) {
      if (ref.file().equals(file) && ref.line() > 0) {
        first = Math.min(first, ref.line());
        last = Math.max(last, ref.line());
      }
    }
  }

  /** A reference being resolved: where it is written, for errors and cycle detection. */
  private record Step(String reference, YamlDocument doc, String pointer) {}

  /** Where a value is read from: its document and pointer there. */
  private record From(YamlDocument doc, String pointer) {
    From child(String key) {
      return new From(doc, pointer + "/" + key);
    }
  }

  /** The state of one {@link #resolve} call. */
  private static final class Walk {
    final List<Diagnostic> problems = new ArrayList<>();
    final Deque<Step> stack = new ArrayDeque<>();
    final Map<String, SourceRef> at = new HashMap<>();
    final List<Splice> splices = new ArrayList<>();
    final Deque<Lines> spliceLines = new ArrayDeque<>();
    int nodes;
    boolean tooLarge;
  }

  Resolved resolve(YamlDocument doc) {
    Walk walk = new Walk();
    JsonNode out = walk(doc.root().deepCopy(), new From(doc, ""), "", true, walk);
    return new Resolved(
        out, new SourceMap(doc.sources().file(), walk.at), walk.splices, walk.problems);
  }

  /**
   * Resolves {@code node}, read at {@code from}, written to {@code to} in the result; {@code
   * located}: whether its positions are its own (false inside a replaced value, which is located at
   * its reference).
   */
  private JsonNode walk(JsonNode node, From from, String to, boolean located, Walk walk) {
    if (located) {
      from.doc().sources().copy(from.pointer(), to, walk.at);
      SourceRef ref = walk.at.get(to);
      if (ref != null) {
        walk.spliceLines.forEach(lines -> lines.add(ref));
      }
    }
    if (++walk.nodes > MAX_NODES) {
      tooLarge(from, walk);
      return node;
    }
    if (node.isTextual()) {
      Matcher m = REF.matcher(node.asText());
      if (m.matches() && !walk.tooLarge) {
        return follow(m.group(1), m.group(2), from, walk)
            .map(
                target ->
                    inStep(target, walk, () -> walk(target.value(), target.at(), to, false, walk)))
            .orElse(node);
      }
      return node;
    }
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node;
      List<String> keys = new ArrayList<>();
      obj.properties().forEach(e -> keys.add(e.getKey()));
      for (String k : keys) {
        obj.set(k, walk(obj.get(k), from.child(escape(k)), to + "/" + escape(k), located, walk));
      }
    } else if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      appendItems((ArrayNode) node, from, out, to, located, walk);
      return out;
    }
    return node;
  }

  /**
   * Appends the items of {@code list}, read at {@code from}, to {@code out} (written at {@code
   * to}), splicing in the items of every item that is a reference to a list.
   */
  private void appendItems(
      ArrayNode list, From from, ArrayNode out, String to, boolean located, Walk walk) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      From itemFrom = from.child(String.valueOf(i));
      Matcher m = item.isTextual() ? REF.matcher(item.asText()) : null;
      if (m != null && m.matches() && !walk.tooLarge) {
        Optional<Target> target = follow(m.group(1), m.group(2), itemFrom, walk);
        if (target.isPresent() && target.get().value().isArray()) {
          Target t = target.get();
          SourceRef usedBy = itemFrom.doc().sources().locateValue(itemFrom.pointer());
          Lines lines = new Lines(t.at().doc().file());
          walk.spliceLines.push(lines);
          inStep(
              t,
              walk,
              () -> {
                appendItems((ArrayNode) t.value(), t.at(), out, to, located, walk);
                return out;
              });
          walk.spliceLines.pop();
          if (located && lines.last > 0) {
            walk.splices.add(new Splice(lines.file, lines.first, lines.last, usedBy));
          }
          continue;
        }
        if (target.isPresent()) {
          if (located) {
            itemFrom.doc().sources().copy(itemFrom.pointer(), to + "/" + out.size(), walk.at);
          }
          int index = out.size();
          out.add(
              inStep(
                  target.get(),
                  walk,
                  () ->
                      walk(
                          target.get().value(), target.get().at(), to + "/" + index, false, walk)));
          continue;
        }
      }
      out.add(walk(item, itemFrom, to + "/" + out.size(), located, walk));
    }
  }

  private void tooLarge(From from, Walk walk) {
    if (!walk.tooLarge) {
      walk.tooLarge = true;
      Step first =
          walk.stack.isEmpty() ? new Step("", from.doc(), from.pointer()) : walk.stack.getLast();
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
  }

  /** The value a reference names, where it is written, and the reference itself. */
  private record Target(JsonNode value, From at, Step step) {}

  /** Runs {@code body} with {@code target}'s reference on the stack (for cycle detection). */
  private static <T> T inStep(Target target, Walk walk, Supplier<T> body) {
    walk.stack.push(target.step());
    try {
      return body.get();
    } finally {
      walk.stack.pop();
    }
  }

  /** The value the reference {@code @file/path}, written at {@code from}, names; or a problem. */
  private Optional<Target> follow(String file, String path, From from, Walk walk) {
    String reference = "@" + file + "/" + path;
    YamlDocument doc = from.doc();
    String pointer = from.pointer();
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
    return Optional.of(
        new Target(
            target.get(), new From(targetDoc, targetPointer), new Step(reference, doc, pointer)));
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
