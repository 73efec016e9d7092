package vn.coforms.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.rule.ExpressionRule;
import vn.coforms.framework.model.rule.Rule;

/** What a rule talks about: its declared fields and the fields its CEL names, as slots. */
final class RuleSlots {
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private RuleSlots() {}

  /** The rule's {@code when} and, for an expression rule, its check, as written. */
  static String expressions(Rule rule) {
    String when = rule.header().when().expression().orElse("");
    return rule instanceof ExpressionRule e ? when + " " + e.expression() : when;
  }

  /** The field ids the rule's CEL names, in order of appearance. */
  static List<String> named(Rule rule) {
    Matcher m = IDENTIFIER.matcher(QUOTED.matcher(expressions(rule)).replaceAll("''"));
    Set<String> out = new LinkedHashSet<>();
    while (m.find()) {
      out.add(m.group());
    }
    return new ArrayList<>(out);
  }

  /** Item rows of a group a rule over the whole certificate may change, at most. */
  static final int ROWS_PER_RULE = 3;

  /**
   * The slots of the rule at {@code row} (0-based, for a per-row rule; else -1): declared fields
   * first, then the fields its CEL names (top-level ones and those of its group's row; for a rule
   * over the whole certificate, an item field it names in the first rows of {@code draft}).
   */
  static List<Slot> of(FormDefinition form, Rule rule, int row, Draft draft) {
    Set<Slot> out = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>(rule.header().fields());
    ids.addAll(named(rule));
    String group = rule.header().forEach().orElse("");
    for (String id : ids) {
      Optional<FieldDef> child = form.field(group).flatMap(g -> g.field(id));
      if (child.isPresent() && row >= 0) {
        out.add(Slot.item(group, row, id));
      } else if (form.field(id).filter(f -> !f.isGroup()).isPresent()) {
        out.add(Slot.top(id));
      } else if (row < 0) {
        for (FieldDef g : form.fields()) {
          if (g.field(id).isPresent()) {
            for (int i = 0; i < Math.min(ROWS_PER_RULE, draft.rowCount(g.id())); i++) {
              out.add(Slot.item(g.id(), i, id));
            }
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The declaration of the field at {@code slot}. */
  static Optional<FieldDef> field(FormDefinition form, Slot slot) {
    String group = slot.group();
    return group == null
        ? form.field(slot.field())
        : form.field(group).flatMap(g -> g.field(slot.field()));
  }

  static Optional<Rule> rule(FormDefinition form, String id) {
    return form.rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
