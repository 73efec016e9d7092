package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.diag.SourceRef;

/**
 * Checks a YAML tree against the draft-07 JSON Schema its modeline names, and turns the validator's
 * messages into located diagnostics with a fix (did-you-mean for unknown keys). Thread-safe.
 */
final class SchemaCheck {
  private final ObjectMapper json = new ObjectMapper();
  private final Map<Path, Loaded> cache = new HashMap<>();

  private record Loaded(JsonNode tree, JsonSchema schema) {}

  List<Diagnostic> check(YamlDocument doc, Path file) {
    if (doc.schemaRef().isEmpty()) {
      return List.of(
          Diagnostic.error(
              "schema.modeline",
              new SourceRef(doc.file(), 1, 1),
              "the file does not name its JSON Schema",
              "add '# yaml-language-server: $schema=schema/coforms.schema.json' as the first line"
                  + " ('../schema/coforms.schema.json' under common/)"));
    }
    Path dir =
        java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "a file has a folder");
    Path schemaPath = dir.resolve(doc.schemaRef().get()).normalize();
    Loaded loaded;
    try {
      loaded = load(schemaPath);
    } catch (IOException e) {
      return List.of(
          Diagnostic.error(
              "schema.missing",
              new SourceRef(doc.file(), 1, 1),
              "the schema '"
                  + doc.schemaRef().get()
                  + "' named in the modeline cannot be read: "
                  + e.getMessage(),
              "point the modeline at forms/schema/coforms.schema.json, relative to this file"));
    }
    Set<ValidationMessage> messages = loaded.schema().validate(doc.root());
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ValidationMessage m : messages) {
      if ("if".equals(m.getType()) || "then".equals(m.getType()) || "else".equals(m.getType())) {
        continue;
      }
      Diagnostic d = translate(m, doc, loaded.tree());
      if (seen.add(d.render())) {
        out.add(d);
      }
    }
    out.sort(
        Comparator.comparingInt((Diagnostic d) -> d.at().line())
            .thenComparingInt(d -> d.at().column()));
    return out;
  }

  /**
   * The schema at {@code schemaPath}, read and built once. Synchronized: form files are checked on
   * several threads at once, and each schema is built with all its validators before it is shared.
   */
  private synchronized Loaded load(Path schemaPath) throws IOException {
    Loaded cached = cache.get(schemaPath);
    if (cached == null) {
      JsonNode tree = json.readTree(Files.readString(schemaPath));
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree);
      schema.initializeValidators();
      cached = new Loaded(tree, schema);
      cache.put(schemaPath, cached);
    }
    return cached;
  }

  private static Diagnostic translate(ValidationMessage m, YamlDocument doc, JsonNode schemaTree) {
    String pointer = pointer(m.getInstanceLocation());
    String where = describe(m.getInstanceLocation());
    return switch (m.getType()) {
      case "additionalProperties" -> unknownKey(m, doc, schemaTree, pointer, where);
      case "required" ->
          Diagnostic.error(
              "yaml.missing-key",
              doc.sources().locate(pointer),
              "missing required key '" + m.getProperty() + "' in " + where,
              "add '" + m.getProperty() + ":' (see docs/format.md)");
      case "type" ->
          Diagnostic.error(
              "yaml.wrong-type",
              doc.sources().locateValue(pointer),
              where + ": " + stripPath(m.getMessage()),
              "write a value of the expected type");
      case "enum", "const" -> notAllowed(m, doc, pointer, where);
      default ->
          Diagnostic.error(
              "yaml.schema",
              doc.sources().locateValue(pointer),
              where + ": " + stripPath(m.getMessage()),
              "see the schema (forms/schema/coforms.schema.json) and docs/format.md");
    };
  }

  private static Diagnostic unknownKey(
      ValidationMessage m, YamlDocument doc, JsonNode schemaTree, String pointer, String where) {
    String key = m.getProperty();
    JsonNode declaring = declaringSchema(schemaTree, m);
    List<String> known = new ArrayList<>();
    declaring.path("properties").fieldNames().forEachRemaining(known::add);
    String kind = declaring.path("properties").path("type").path("const").asText("");
    List<String> owners = kind.isEmpty() ? List.of() : kindsDeclaring(schemaTree, key);
    if (!owners.isEmpty()) {
      return Diagnostic.error(
          "yaml.unknown-key",
          doc.sources().locate(pointer + "/" + key),
          "'"
              + key
              + "' does not apply to type '"
              + kind
              + "' in "
              + where
              + "; it applies to type "
              + String.join(", ", owners),
          "remove '"
              + key
              + "' or change the type; type '"
              + kind
              + "' takes: "
              + String.join(", ", known));
    }
    return Diagnostic.error(
        "yaml.unknown-key",
        doc.sources().locate(pointer + "/" + key),
        "unknown key '" + key + "' in " + where + DidYouMean.hint(key, known),
        known.isEmpty() ? "remove the key" : "use one of: " + String.join(", ", known));
  }

  /** The types (of fields or elements) whose own schema declares {@code key}, e.g. 'hs-code'. */
  private static List<String> kindsDeclaring(JsonNode schemaTree, String key) {
    List<String> out = new ArrayList<>();
    schemaTree
        .path("definitions")
        .forEach(
            def -> {
              JsonNode props = def.path("properties");
              String kind = props.path("type").path("const").asText("");
              if (!kind.isEmpty() && props.has(key)) {
                out.add("'" + kind + "'");
              }
            });
    return out;
  }

  private static Diagnostic notAllowed(
      ValidationMessage m, YamlDocument doc, String pointer, String where) {
    String value = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
    List<String> allowed = new ArrayList<>();
    JsonNode schemaNode = m.getSchemaNode();
    if (schemaNode != null && schemaNode.isArray()) {
      schemaNode.forEach(n -> allowed.add(n.asText()));
    }
    return Diagnostic.error(
        "yaml.not-allowed",
        doc.sources().locateValue(pointer),
        where + ": '" + value + "' is not allowed" + DidYouMean.hint(value, allowed),
        allowed.isEmpty()
            ? stripPath(m.getMessage())
            : "use one of: " + String.join(", ", allowed));
  }

  /** The schema object whose {@code additionalProperties} refused the key. */
  private static JsonNode declaringSchema(JsonNode schemaTree, ValidationMessage m) {
    JsonNodePath fragment = m.getSchemaLocation().getFragment();
    JsonNode node = schemaTree;
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      Object e = fragment.getElement(i);
      node = e instanceof Integer index ? node.path(index) : node.path(String.valueOf(e));
    }
    return node;
  }

  static String pointer(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/')
          .append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  static String describe(JsonNodePath path) {
    if (path.getNameCount() == 0) {
      return "the top level";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object e = path.getElement(i);
      if (e instanceof Integer) {
        sb.append('[').append(e).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(e);
      }
    }
    return "'" + sb + "'";
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }
}
