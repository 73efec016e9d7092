package vn.coforms.framework.certificate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.diag.SourceRef;

/**
 * Checks a certificate document's envelope (form id, issuance mode, linked certificate, the fields
 * object) against {@code envelope.schema.json}, and reports each problem at the line and column of
 * the key or value it is about. The field values are the validator's business, not this check's.
 *
 * <p>Thread-safe once built.
 */
final class EnvelopeCheck {
  private static final String SCHEMA = "envelope.schema.json";
  private static final String FIX = "see docs/format.md, Certificate data";

  private final JsonSchema schema;
  private final JsonNode schemaTree;

  EnvelopeCheck(ObjectMapper json) {
    try (InputStream in =
        Objects.requireNonNull(
            EnvelopeCheck.class.getResourceAsStream(SCHEMA), "bundled " + SCHEMA)) {
      this.schemaTree = json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled " + SCHEMA + " does not read", e);
    }
    this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaTree);
  }

  /**
   * Returns the envelope's problems in document order, each located in {@code text}; empty when the
   * envelope is well formed.
   *
   * @param mapper the mapper {@code tree} was read with, to find positions in {@code text}
   */
  List<Diagnostic> check(String file, String text, JsonNode tree, ObjectMapper mapper) {
    var messages = schema.validate(tree);
    if (messages.isEmpty()) {
      return List.of();
    }
    Map<String, SourceRef> at = positions(file, text, mapper);
    List<Diagnostic> out = new ArrayList<>();
    for (ValidationMessage m : messages) {
      out.add(translate(m, at, file));
    }
    out.sort(
        Comparator.comparingInt((Diagnostic d) -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(Diagnostic::message));
    return List.copyOf(out);
  }

  private Diagnostic translate(ValidationMessage m, Map<String, SourceRef> at, String file) {
    String pointer = pointer(m.getInstanceLocation());
    String path = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
    return switch (m.getType()) {
      case "required" -> missing(m.getProperty(), path, locate(at, pointer, file));
      case "additionalProperties" -> {
        String key = m.getProperty();
        List<String> known = knownKeys(pointer);
        yield Diagnostic.error(
            "certificate.envelope",
            locate(at, pointer + "/" + key + "#key", file),
            "unknown key '"
                + key
                + "' "
                + (path.isEmpty() ? "at the top level" : "in '" + path + "'")
                + DidYouMean.hint(key, known),
            "use one of: " + String.join(", ", known));
      }
      default ->
          Diagnostic.error(
              "certificate.envelope",
              locate(at, pointer, file),
              "'" + path + "' " + wrongValue(path, m),
              FIX);
    };
  }

  private static Diagnostic missing(String key, String parent, SourceRef at) {
    String name = parent.isEmpty() ? key : parent + "." + key;
    String fix =
        switch (name) {
          case "form" -> "add \"form\": \"<form id>\", such as \"d\" or \"eur1-evfta\"";
          case "fields" -> "add \"fields\": { … } with the certificate's field values";
          case "issuance.mode" ->
              "add \"mode\": \"normal\" (or retroactive, certifiedTrueCopy, replacement,"
                  + " backToBack)";
          default -> FIX;
        };
    return Diagnostic.error("certificate.envelope", at, "'" + name + "' is missing", fix);
  }

  private static String wrongValue(String path, ValidationMessage m) {
    if (m.getType().equals("type")) {
      JsonNode expected = m.getSchemaNode();
      List<String> types = new ArrayList<>();
      if (expected != null && expected.isArray()) {
        expected.forEach(t -> types.add(t.asText()));
      } else if (expected != null) {
        types.add(expected.asText());
      }
      String type = String.join(" or ", types);
      return "is " + kind(m.getInstanceNode()) + ", expected " + type;
    }
    return switch (path) {
      case "form" -> "must be a form id such as \"d\" or \"eur1-evfta\"";
      case "issuance.mode" ->
          "must be one of normal, retroactive, certifiedTrueCopy, replacement, backToBack";
      case "issuance.linked.date" -> "must be a date written YYYY-MM-DD";
      case "issuance.linked.number" -> "is longer than 64 characters";
      case "issuance.linked.issuer" -> "is longer than 200 characters";
      default -> stripPath(m.getMessage());
    };
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "a string";
    };
  }

  private List<String> knownKeys(String pointer) {
    JsonNode node = schemaTree;
    if (!pointer.isEmpty()) {
      for (String part : pointer.substring(1).split("/", -1)) {
        node = node.path("properties").path(part);
      }
    }
    List<String> keys = new ArrayList<>();
    node.path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /**
   * Where each key ({@code pointer#key}) and value ({@code pointer}) starts, from one streaming
   * pass over the text the tree was read from.
   */
  private static Map<String, SourceRef> positions(String file, String text, ObjectMapper mapper) {
    Map<String, SourceRef> at = new HashMap<>();
    try (JsonParser p = mapper.createParser(text)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        JsonLocation loc = p.currentTokenLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        SourceRef ref =
            new SourceRef(file, Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
        at.putIfAbsent(token == JsonToken.FIELD_NAME ? pointer + "#key" : pointer, ref);
      }
    } catch (IOException e) {
      // the text parsed once already; positions found so far are kept
    }
    return at;
  }

  /** The recorded position of {@code pointer}, else of its nearest recorded ancestor. */
  private static SourceRef locate(Map<String, SourceRef> at, String pointer, String file) {
    String p = pointer;
    while (true) {
      SourceRef ref = at.get(p);
      if (ref != null) {
        return ref;
      }
      if (p.endsWith("#key")) {
        p = p.substring(0, p.length() - "#key".length());
        continue;
      }
      if (p.isEmpty()) {
        return new SourceRef(file, 1, 1);
      }
      p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
    }
  }

  private static String pointer(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/')
          .append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }
}
