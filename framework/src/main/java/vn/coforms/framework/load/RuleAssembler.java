package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.expr.ExpressionCompiler;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.rule.Condition;
import vn.coforms.framework.model.rule.ExpressionRule;
import vn.coforms.framework.model.rule.ForbiddenRule;
import vn.coforms.framework.model.rule.OneOfRule;
import vn.coforms.framework.model.rule.PatternRule;
import vn.coforms.framework.model.rule.RangeRule;
import vn.coforms.framework.model.rule.RequiredRule;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.model.rule.RuleHeader;
import vn.coforms.framework.model.rule.RuleKind;
import vn.coforms.framework.model.rule.UniqueRule;

/**
 * Builds rules: checks that ids are unique and prefixed, that every field and group they name is
 * declared in their scope, that kind-specific keys fit the kind, and compiles their CEL.
 */
final class RuleAssembler {
  private final Problems problems;
  private final List<FieldDef> fields;
  private final ExpressionCompiler expressions;
  private final Map<String, Node> ids = new HashMap<>();

  RuleAssembler(Problems problems, List<FieldDef> fields, ExpressionCompiler expressions) {
    this.problems = problems;
    this.fields = fields;
    this.expressions = expressions;
  }

  List<Rule> rules(List<Node> nodes, String prefix) {
    List<Rule> out = new ArrayList<>();
    for (Node n : nodes) {
      rule(n, prefix).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Rule> rule(Node n, String prefix) {
    String id = n.text("id");
    Node first = ids.putIfAbsent(id, n);
    if (first != null) {
      problems.error(
          "rule.duplicate-id",
          n.get("id").valueAt(),
          "rule id '" + id + "' is declared twice (first at " + first.at() + ")",
          "give each rule its own id");
    }
    if (!id.startsWith(prefix + ".")) {
      problems.error(
          "rule.id-prefix",
          n.get("id").valueAt(),
          "rule id '" + id + "' does not start with '" + prefix + ".'",
          "name rules <form>.<topic>[.<detail>], e.g. '"
              + prefix
              + "."
              + id.substring(id.indexOf('.') + 1)
              + "'");
    }
    Optional<FieldDef> group = Optional.empty();
    if (n.has("forEach")) {
      String g = n.text("forEach");
      group =
          fields.stream().filter(f -> f.id().equals(g) && f.type() == FieldType.GROUP).findFirst();
      if (group.isEmpty()) {
        problems.error(
            "rule.unknown-group",
            n.get("forEach").valueAt(),
            "rule '"
                + id
                + "' iterates over '"
                + g
                + "', which is not a declared group"
                + DidYouMean.hint(
                    g, fields.stream().filter(FieldDef::isGroup).map(FieldDef::id).toList()),
            "name a field of type group");
        return Optional.empty();
      }
    }
    List<String> targets = n.strings("fields");
    String kind = n.text("kind");
    List<FieldDef> resolved = resolveTargets(n, id, kind, targets, group);
    checkKindKeys(n, id, kind, group);
    boolean needsFields = !kind.equals("expression");
    if (needsFields && targets.isEmpty()) {
      problems.error(
          "rule.fields",
          n.at(),
          "rule '" + id + "' of kind " + kind + " names no fields",
          "add 'fields: [ ... ]'");
    }
    // A unique rule compares the rows, so its 'when' is checked once on the whole certificate.
    Optional<FieldDef> whenScope = kind.equals("unique") ? Optional.empty() : group;
    Condition when = compile(n, "when", whenScope).orElse(Condition.ALWAYS);
    String box =
        n.has("box")
            ? n.text("box")
            : resolved.stream().map(FieldDef::box).filter(b -> !b.isEmpty()).findFirst().orElse("");
    if (box.isEmpty() && resolved.size() == targets.size()) {
      problems.error(
          "rule.box",
          n.at(),
          "rule '" + id + "' names no field with a box and no 'box'",
          "add 'box: \"<number>\"'");
    }
    Severity severity = Severity.valueOf(n.text("severity", "error").toUpperCase(Locale.ROOT));
    RuleHeader h =
        new RuleHeader(
            id,
            severity,
            box,
            targets,
            n.has("forEach") ? Optional.of(n.text("forEach")) : Optional.empty(),
            when,
            n.bilingual("message"),
            n.text("source"),
            n.at());
    return build(n, h, kind, group);
  }

  private Optional<Rule> build(Node n, RuleHeader h, String kind, Optional<FieldDef> group) {
    // an unknown kind is the schema's diagnostic; every known one is built below
    return RuleKind.ofYaml(kind).flatMap(k -> build(n, h, k, group));
  }

  private Optional<Rule> build(Node n, RuleHeader h, RuleKind kind, Optional<FieldDef> group) {
    return switch (kind) {
      case REQUIRED -> Optional.of(new RequiredRule(h));
      case FORBIDDEN -> Optional.of(new ForbiddenRule(h));
      case ONE_OF -> Optional.of(new OneOfRule(h, n.strings("values")));
      case RANGE -> Optional.of(new RangeRule(h, n.number("min"), n.number("max")));
      case UNIQUE -> Optional.of(new UniqueRule(h));
      case PATTERN -> patternRule(n, h);
      case EXPRESSION ->
          compile(n, "check", group).map(c -> new ExpressionRule(h, c, n.text("check")));
    };
  }

  private Optional<Rule> patternRule(Node n, RuleHeader h) {
    try {
      Pattern regex = Pattern.compile(n.text("regex"));
      Optional<String> unsafe = RegexShape.problem(regex.pattern());
      if (unsafe.isPresent()) {
        problems.error(
            "rule.regex-unsafe",
            n.get("regex").valueAt(),
            "regex '"
                + regex.pattern()
                + "' of rule '"
                + h.id()
                + "' can take exponential time: "
                + unsafe.get(),
            RegexShape.FIX);
        return Optional.empty();
      }
      return Optional.of(new PatternRule(h, regex));
    } catch (PatternSyntaxException e) {
      problems.error(
          "rule.regex",
          n.get("regex").valueAt(),
          "regex of rule '"
              + h.id()
              + "' does not compile: "
              + e.getDescription()
              + " near index "
              + e.getIndex(),
          "write a Java regular expression; inside double quotes write \\\\d for \\d");
      return Optional.empty();
    }
  }

  private Optional<Condition> compile(Node n, String key, Optional<FieldDef> group) {
    if (!n.has(key)) {
      return Optional.empty();
    }
    ExpressionCompiler.Compiled c = expressions.compile(n.text(key), group, n.get(key).contentAt());
    problems.addAll(c.diagnostics());
    return c.condition();
  }

  private List<FieldDef> resolveTargets(
      Node n, String id, String kind, List<String> targets, Optional<FieldDef> group) {
    List<FieldDef> out = new ArrayList<>();
    List<Node> targetNodes = n.list("fields");
    for (int i = 0; i < targets.size(); i++) {
      String t = targets.get(i);
      Optional<FieldDef> f =
          group
              .flatMap(g -> g.field(t))
              .or(() -> fields.stream().filter(x -> x.id().equals(t)).findFirst());
      if (f.isPresent()) {
        out.add(f.get());
        if (group.isPresent() && group.get().field(t).isEmpty() && !kind.equals("expression")) {
          problems.error(
              "rule.for-each-scope",
              targetNodes.get(i).valueAt(),
              "rule '"
                  + id
                  + "' is checked once per row of '"
                  + group.get().id()
                  + "', but '"
                  + t
                  + "' is a top-level field: a certificate with N rows would get N identical"
                  + " findings on it",
              "remove 'forEach: "
                  + group.get().id()
                  + "' so '"
                  + t
                  + "' is checked once (a condition on the rows can use "
                  + group.get().id()
                  + ".exists(i, ...)), or name a field of the rows");
        }
        continue;
      }
      List<String> known =
          new ArrayList<>(fields.stream().map(FieldDef::id).collect(Collectors.toList()));
      group.ifPresent(g -> g.fields().forEach(c -> known.add(c.id())));
      Optional<FieldDef> owner = fields.stream().filter(g -> g.field(t).isPresent()).findFirst();
      if (group.isEmpty() && owner.isPresent()) {
        problems.error(
            "rule.unknown-field",
            targetNodes.get(i).valueAt(),
            "rule '"
                + id
                + "' refers to '"
                + t
                + "', which is a field of the items of '"
                + owner.get().id()
                + "', not a top-level field",
            "add 'forEach: " + owner.get().id() + "' so the rule is checked once per item");
        continue;
      }
      problems.error(
          "rule.unknown-field",
          targetNodes.get(i).valueAt(),
          "rule '"
              + id
              + "' refers to field '"
              + t
              + "', which is not declared"
              + (group.isPresent() ? " in '" + group.get().id() + "' or at the top level" : "")
              + DidYouMean.hint(t, known),
          "declare the field or fix the name");
    }
    return out;
  }

  private void checkKindKeys(Node n, String id, String kind, Optional<FieldDef> group) {
    Map<String, List<String>> onlyFor =
        Map.of(
            "regex",
            List.of("pattern"),
            "values",
            List.of("one-of"),
            "min",
            List.of("range"),
            "max",
            List.of("range"),
            "check",
            List.of("expression"));
    onlyFor.forEach(
        (key, kinds) -> {
          if (n.has(key) && !kinds.contains(kind)) {
            problems.error(
                "rule.key",
                n.get(key).at(),
                "'" + key + "' does not apply to a rule of kind " + kind + " ('" + id + "')",
                "remove '" + key + "' or use kind " + kinds.get(0));
          }
        });
    requireKey(n, id, kind, "pattern", "regex");
    requireKey(n, id, kind, "one-of", "values");
    requireKey(n, id, kind, "expression", "check");
    if (kind.equals("range") && !n.has("min") && !n.has("max")) {
      problems.error(
          "rule.range",
          n.at(),
          "range rule '" + id + "' has neither min nor max",
          "add 'min:' and/or 'max:'");
    }
    if (kind.equals("unique") && group.isEmpty()) {
      problems.error(
          "rule.unique",
          n.at(),
          "unique rule '" + id + "' needs the group whose rows it compares",
          "add 'forEach: <group>'");
    }
  }

  private void requireKey(Node n, String id, String kind, String forKind, String key) {
    if (kind.equals(forKind) && !n.has(key)) {
      problems.error(
          "rule.key",
          n.at(),
          forKind + " rule '" + id + "' has no '" + key + "'",
          "add '" + key + ":'");
    }
  }
}
