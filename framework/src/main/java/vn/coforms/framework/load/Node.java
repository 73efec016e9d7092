package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.Bilingual;

/**
 * A schema-checked YAML node that knows where it was written. Assembly code reads the model through
 * it, so every semantic diagnostic can name {@code file:line:column}.
 */
final class Node {
  private final JsonNode json;
  private final String pointer;
  private final SourceMap sources;

  Node(JsonNode json, String pointer, SourceMap sources) {
    this.json = json;
    this.pointer = pointer;
    this.sources = sources;
  }

  SourceRef at() {
    return sources.locate(pointer);
  }

  SourceRef valueAt() {
    return sources.locateValue(pointer);
  }

  String pointer() {
    return pointer;
  }

  JsonNode json() {
    return json;
  }

  boolean has(String key) {
    return json.has(key) && !json.get(key).isNull();
  }

  Node get(String key) {
    return new Node(json.path(key), pointer + "/" + escape(key), sources);
  }

  Optional<Node> opt(String key) {
    return has(key) ? Optional.of(get(key)) : Optional.empty();
  }

  List<Node> list(String key) {
    List<Node> out = new ArrayList<>();
    JsonNode array = json.path(key);
    for (int i = 0; i < array.size(); i++) {
      out.add(new Node(array.get(i), pointer + "/" + escape(key) + "/" + i, sources));
    }
    return out;
  }

  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    json.path(key).forEach(n -> out.add(n.asText()));
    return out;
  }

  String text(String key) {
    return json.path(key).asText("");
  }

  String text(String key, String fallback) {
    return has(key) ? json.get(key).asText() : fallback;
  }

  String asText() {
    return json.asText("");
  }

  boolean bool(String key, boolean fallback) {
    return has(key) ? json.get(key).asBoolean() : fallback;
  }

  OptionalInt integer(String key) {
    return has(key) ? OptionalInt.of(json.get(key).asInt()) : OptionalInt.empty();
  }

  OptionalDouble number(String key) {
    return has(key) ? OptionalDouble.of(json.get(key).asDouble()) : OptionalDouble.empty();
  }

  double number(String key, double fallback) {
    return has(key) ? json.get(key).asDouble() : fallback;
  }

  Bilingual bilingual(String key) {
    Node n = get(key);
    return new Bilingual(n.text("en"), n.text("vi"));
  }

  Optional<Bilingual> optBilingual(String key) {
    return has(key) ? Optional.of(bilingual(key)) : Optional.empty();
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
