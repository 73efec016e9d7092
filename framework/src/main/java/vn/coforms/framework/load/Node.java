package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.coforms.framework.diag.DidYouMean;
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

  /** Where the text of this scalar starts: after the opening quote of a quoted scalar. */
  SourceRef contentAt() {
    return sources.locateContent(pointer);
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

  /** The elements of this array, each with its own pointer. */
  List<Node> elements() {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(json.get(i), pointer + "/" + i, sources));
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

  /**
   * The date under {@code key}; a value that is not an existing day is reported on its line and
   * reads as absent.
   */
  Optional<LocalDate> date(String key, Problems problems) {
    if (!has(key)) {
      return Optional.empty();
    }
    Node value = get(key);
    Optional<LocalDate> date = CalendarDates.parse(value.asText());
    if (date.isEmpty()) {
      problems.add(
          CalendarDates.problem(value.asText(), Paths.dotted(value.pointer), value.valueAt()));
    }
    return date;
  }

  /**
   * The constant of {@code type} named by the value under {@code key} (lower case, as in YAML), or
   * {@code fallback} when the key is absent; an unknown name is reported on its line and reads as
   * {@code fallback}, so one bad value never stops the rest of the file from being checked.
   */
  <E extends Enum<E>> E choice(String key, Class<E> type, E fallback, Problems problems) {
    if (!has(key)) {
      return fallback;
    }
    String name = text(key);
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String yamlName = constant.name().toLowerCase(Locale.ROOT);
      if (yamlName.equals(name)) {
        return constant;
      }
      names.add(yamlName);
    }
    problems.error(
        "value.unknown",
        get(key).valueAt(),
        "'"
            + Paths.dotted(get(key).pointer)
            + "': '"
            + name
            + "' is not one of "
            + String.join(", ", names)
            + DidYouMean.hint(name, names),
        "write one of: " + String.join(", ", names));
    return fallback;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
