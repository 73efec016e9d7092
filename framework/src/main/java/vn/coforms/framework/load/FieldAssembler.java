package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FieldType;

/** Builds the field tree and checks ids, options that do not fit the type, and shadowing. */
final class FieldAssembler {
  /** Each type-specific option, with the one type it applies to. */
  private static final List<Map.Entry<String, FieldType>> OPTIONS =
      List.of(
          Map.entry("digits", FieldType.HS_CODE),
          Map.entry("values", FieldType.ENUM),
          Map.entry("within", FieldType.COUNTRY),
          Map.entry("fields", FieldType.GROUP),
          Map.entry("minItems", FieldType.GROUP),
          Map.entry("maxItems", FieldType.GROUP),
          Map.entry("maxLength", FieldType.TEXT),
          Map.entry("maxLines", FieldType.TEXT));

  private static final int MIN_DIGITS = 2;
  private static final int MAX_DIGITS = 12;
  private final Problems problems;

  FieldAssembler(Problems problems) {
    this.problems = problems;
  }

  List<FieldDef> fields(List<Node> nodes, String scope) {
    List<FieldDef> out = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (Node n : nodes) {
      String id = n.text("id");
      Node first = seen.putIfAbsent(id, n);
      if (first != null) {
        problems.error(
            "field.duplicate-id",
            n.get("id").valueAt(),
            "field id '"
                + id
                + "' is declared twice in "
                + scope
                + " (first at "
                + first.at()
                + ")",
            "rename one of them");
        continue;
      }
      out.add(field(n));
    }
    return out;
  }

  private FieldDef field(Node n) {
    FieldType type = FieldType.fromYaml(n.text("type")).orElse(FieldType.TEXT);
    OPTIONS.forEach(o -> checkOption(n, type, o.getKey(), o.getValue()));
    if (type != FieldType.GROUP && !n.has("box")) {
      problems.error(
          "field.box",
          n.at(),
          "field '" + n.text("id") + "' does not name its box",
          "add 'box: \"<number>\"'");
    }
    return new FieldDef(
        n.text("id"),
        n.text("box", ""),
        n.bilingual("label"),
        n.optBilingual("hint"),
        n.bool("required", false),
        n.bool("readOnly", false),
        spec(n, type),
        n.at());
  }

  private FieldSpec spec(Node n, FieldType type) {
    return switch (type) {
      case TEXT -> new FieldSpec.Text(n.integer("maxLength"), n.integer("maxLines"));
      case DATE -> new FieldSpec.Date();
      case COUNTRY -> new FieldSpec.Country("parties".equals(n.text("within", "any")));
      case HS_CODE -> new FieldSpec.HsCode(digits(n));
      case QUANTITY -> new FieldSpec.Quantity();
      case MONEY -> new FieldSpec.Money();
      case PERCENT -> new FieldSpec.Percent();
      case CRITERION -> new FieldSpec.Criterion();
      case ENUM -> choice(n);
      case TICK -> new FieldSpec.Tick();
      case GROUP -> group(n);
    };
  }

  /** {@code digits: [6, 8]} or {@code digits: {min: 6, max: 10}}; six when the key is missing. */
  private List<Integer> digits(Node n) {
    if (!n.has("digits")) {
      problems.error(
          "field.hs-digits",
          n.at(),
          "hs-code field '" + n.text("id") + "' does not say how many digits",
          "add 'digits: [6]' (the digit counts this form accepts) or 'digits: {min: 6, max: 10}'");
      return List.of(6);
    }
    Node d = n.get("digits");
    List<Integer> counts = new ArrayList<>();
    if (d.json().isObject()) {
      int min = d.integer("min").orElse(MIN_DIGITS);
      int max = d.integer("max").orElse(MAX_DIGITS);
      if (min > max) {
        problems.error(
            "field.hs-digits",
            d.at(),
            "hs-code field '" + n.text("id") + "' allows " + min + " to " + max + " digits",
            "write the smaller count as 'min' and the larger as 'max'");
        return List.of(min);
      }
      IntStream.rangeClosed(min, max).forEach(counts::add);
    } else {
      d.json().forEach(c -> counts.add(c.asInt()));
    }
    return counts.isEmpty() ? List.of(6) : counts;
  }

  private FieldSpec choice(Node n) {
    List<String> values = n.strings("values");
    if (values.isEmpty()) {
      problems.error(
          "field.enum-values",
          n.at(),
          "enum field '" + n.text("id") + "' declares no values",
          "add 'values: [ ... ]'");
      return new FieldSpec.Choice(List.of(""));
    }
    return new FieldSpec.Choice(values);
  }

  private FieldSpec group(Node n) {
    List<FieldDef> children = List.of();
    if (!n.has("fields")) {
      problems.error(
          "field.group-fields",
          n.at(),
          "group '" + n.text("id") + "' declares no fields",
          "add 'fields: [ ... ]'");
    } else {
      children = fields(n.list("fields"), "group '" + n.text("id") + "'");
    }
    return new FieldSpec.Group(
        children, n.integer("minItems").orElse(0), n.integer("maxItems").orElse(Integer.MAX_VALUE));
  }

  /**
   * The schema allows each option only on its type; a form whose modeline names another schema
   * still gets the option refused here rather than silently ignored.
   */
  private void checkOption(Node n, FieldType type, String option, FieldType only) {
    if (n.has(option) && type != only) {
      problems.error(
          "field.option",
          n.get(option).at(),
          "'"
              + option
              + "' applies only to "
              + only.yamlName()
              + " fields, but '"
              + n.text("id")
              + "' is a "
              + type.yamlName(),
          "remove '" + option + "' or change the type");
    }
  }

  /** Item fields must not reuse a top-level id: rules over a row see both as variables. */
  void checkShadowing(List<FieldDef> top) {
    for (FieldDef g : top) {
      for (FieldDef child : g.fields()) {
        top.stream()
            .filter(t -> t.id().equals(child.id()))
            .findFirst()
            .ifPresent(
                t ->
                    problems.error(
                        "field.shadows",
                        child.at(),
                        "item field '"
                            + g.id()
                            + "."
                            + child.id()
                            + "' has the same id as top-level field '"
                            + t.id()
                            + "' ("
                            + t.at()
                            + ")",
                        "rename one of them; rules over a row see both as variables"));
      }
    }
  }
}
