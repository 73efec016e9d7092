package vn.coforms.framework.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelSource;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.coforms.framework.model.FieldDef;

/**
 * Finds reads of a field that a group's rows do not have, such as {@code i.criterio} in {@code
 * items.exists(i, i.criterio == 'WO')}.
 *
 * <p>To CEL's checker a row is a map from text to anything, so it accepts any field name there and
 * the misspelling would only surface when a certificate is validated. This walk binds the variable
 * of every comprehension over a group ({@code items.exists(i, …)}, {@code all}, {@code map}, {@code
 * filter}, {@code exists_one}) and every index into a group ({@code items[0]}) to that group's
 * fields, and reports each selection of a name the group does not declare.
 */
final class RowFieldCheck {
  private final Map<String, FieldDef> groups;

  /**
   * @param variables the variables in the expression's scope; the groups among them are checked
   */
  RowFieldCheck(List<FieldDef> variables) {
    Map<String, FieldDef> byId = new HashMap<>();
    variables.stream().filter(FieldDef::isGroup).forEach(g -> byId.put(g.id(), g));
    this.groups = Map.copyOf(byId);
  }

  /** One read of a field the group's rows do not have. */
  record Misread(String field, FieldDef group, int offset) {}

  /** Every misread in the expression, in the order they are written. */
  List<Misread> misreads(CelAbstractSyntaxTree ast, String expression) {
    List<Misread> out = new ArrayList<>();
    walk(ast.getExpr(), Map.of(), ast.getSource(), expression, out);
    out.sort(java.util.Comparator.comparingInt(Misread::offset));
    return out;
  }

  private void walk(
      CelExpr e,
      Map<String, FieldDef> rows,
      CelSource source,
      String expression,
      List<Misread> out) {
    switch (e.getKind()) {
      case COMPREHENSION -> {
        CelComprehension k = e.comprehension();
        walk(k.iterRange(), rows, source, expression, out);
        walk(k.accuInit(), rows, source, expression, out);
        Map<String, FieldDef> inner = new HashMap<>(rows);
        inner.remove(k.iterVar());
        inner.remove(k.accuVar());
        groupOf(k.iterRange(), rows).ifPresent(g -> inner.put(k.iterVar(), g));
        walk(k.loopCondition(), inner, source, expression, out);
        walk(k.loopStep(), inner, source, expression, out);
        Map<String, FieldDef> after = new HashMap<>(rows);
        after.remove(k.accuVar());
        walk(k.result(), after, source, expression, out);
      }
      case SELECT -> {
        CelExpr operand = e.select().operand();
        Optional<FieldDef> row = rowOf(operand, rows);
        String name = e.select().field();
        if (row.isPresent() && row.get().fields().stream().noneMatch(f -> f.id().equals(name))) {
          out.add(new Misread(name, row.get(), fieldOffset(e, source, expression)));
        }
        walk(operand, rows, source, expression, out);
      }
      case CALL -> {
        e.call().target().ifPresent(t -> walk(t, rows, source, expression, out));
        e.call().args().forEach(a -> walk(a, rows, source, expression, out));
      }
      case LIST -> e.list().elements().forEach(x -> walk(x, rows, source, expression, out));
      case MAP ->
          e.map()
              .entries()
              .forEach(
                  x -> {
                    walk(x.key(), rows, source, expression, out);
                    walk(x.value(), rows, source, expression, out);
                  });
      case STRUCT ->
          e.struct().entries().forEach(x -> walk(x.value(), rows, source, expression, out));
      default -> {}
    }
  }

  /** The group whose rows {@code range} lists: a group variable, or a group field of a row. */
  private Optional<FieldDef> groupOf(CelExpr range, Map<String, FieldDef> rows) {
    return switch (range.getKind()) {
      case IDENT ->
          rows.containsKey(range.ident().name())
              ? Optional.empty()
              : Optional.ofNullable(groups.get(range.ident().name()));
      case SELECT ->
          rowOf(range.select().operand(), rows)
              .flatMap(
                  row ->
                      row.fields().stream()
                          .filter(f -> f.isGroup() && f.id().equals(range.select().field()))
                          .findFirst());
      default -> Optional.empty();
    };
  }

  /**
   * The group {@code e} is one row of: a bound comprehension variable, or an index into a group.
   */
  private Optional<FieldDef> rowOf(CelExpr e, Map<String, FieldDef> rows) {
    if (e.getKind() == CelExpr.ExprKind.Kind.IDENT) {
      return Optional.ofNullable(rows.get(e.ident().name()));
    }
    if (e.getKind() == CelExpr.ExprKind.Kind.CALL
        && e.call().function().equals("_[_]")
        && e.call().args().size() == 2) {
      return groupOf(e.call().args().get(0), rows);
    }
    return Optional.empty();
  }

  /** The code-point offset of the selected name: CEL places a selection at its dot. */
  private static int fieldOffset(CelExpr select, CelSource source, String expression) {
    Integer at = source.getPositionsMap().get(select.id());
    if (at == null) {
      return 0;
    }
    int index =
        expression.offsetByCodePoints(
            0, Math.min(at, expression.codePointCount(0, expression.length())));
    return index < expression.length() && expression.charAt(index) == '.' ? at + 1 : at;
  }
}
