package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;

/** Builds the field tree and checks ids, options that do not fit the type, and shadowing. */
final class FieldAssembler {
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
    checkOption(n, type, "digits", FieldType.HS_CODE);
    checkOption(n, type, "values", FieldType.ENUM);
    checkOption(n, type, "within", FieldType.COUNTRY);
    checkOption(n, type, "fields", FieldType.GROUP);
    checkOption(n, type, "minItems", FieldType.GROUP);
    checkOption(n, type, "maxItems", FieldType.GROUP);
    checkOption(n, type, "maxLength", FieldType.TEXT);
    checkOption(n, type, "maxLines", FieldType.TEXT);
    if (type == FieldType.ENUM && !n.has("values")) {
      problems.error(
          "field.enum-values",
          n.at(),
          "enum field '" + n.text("id") + "' declares no values",
          "add 'values: [ ... ]'");
    }
    if (type == FieldType.HS_CODE && !n.has("digits")) {
      problems.error(
          "field.hs-digits",
          n.at(),
          "hs-code field '" + n.text("id") + "' does not say how many digits",
          "add 'digits: [6]' (the digit counts this form accepts)");
    }
    if (type != FieldType.GROUP && !n.has("box")) {
      problems.error(
          "field.box",
          n.at(),
          "field '" + n.text("id") + "' does not name its box",
          "add 'box: \"<number>\"'");
    }
    List<FieldDef> children = List.of();
    if (type == FieldType.GROUP) {
      if (!n.has("fields")) {
        problems.error(
            "field.group-fields",
            n.at(),
            "group '" + n.text("id") + "' declares no fields",
            "add 'fields: [ ... ]'");
      } else {
        children = fields(n.list("fields"), "group '" + n.text("id") + "'");
      }
    }
    List<Integer> digits = new ArrayList<>();
    n.get("digits").json().forEach(d -> digits.add(d.asInt()));
    OptionalInt min = n.integer("minItems");
    OptionalInt max = n.integer("maxItems");
    return new FieldDef(
        n.text("id"),
        type,
        n.text("box", ""),
        n.bilingual("label"),
        n.optBilingual("hint"),
        n.bool("required", false),
        n.bool("readOnly", false),
        n.integer("maxLength"),
        n.integer("maxLines"),
        "parties".equals(n.text("within", "any")),
        digits,
        n.strings("values"),
        children,
        min.orElse(0),
        max.orElse(Integer.MAX_VALUE),
        n.at());
  }

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
