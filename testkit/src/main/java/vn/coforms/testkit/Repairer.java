package vn.coforms.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.rule.OneOfRule;
import vn.coforms.framework.model.rule.PatternRule;
import vn.coforms.framework.model.rule.RangeRule;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * Repairs a draft until the real validator finds nothing, in bounded rounds. Findings with a direct
 * fix get it (required: fill; forbidden: clear; pattern: a string from the regex; one-of: a
 * declared value; range: a value inside; built-in field checks: a fresh value); the others (CEL
 * expressions, and direct fixes that did not hold) get a bounded search over the values of the
 * fields the rule talks about, accepting a change when that finding goes and no new one comes.
 */
final class Repairer {
  /** Rounds of repair, plus two per item row (per-row rules may each need a search). */
  static final int ROUNDS = 40;

  /** Changes tried per finding before giving up. */
  static final int CANDIDATES = 200;

  /** How often one finding gets its direct fix before it is searched for instead. */
  static final int DIRECT_TRIES = 2;

  private final Catalogue catalogue;
  private final CertificateValidator validator;
  private final ValueSource source;
  private final RegexSampler regex;
  private final Mutations mutations;
  private final String where;

  Repairer(
      Catalogue catalogue,
      CertificateValidator validator,
      ValueSource source,
      RegexSampler regex,
      String where) {
    this.catalogue = catalogue;
    this.validator = validator;
    this.source = source;
    this.regex = regex;
    this.mutations = new Mutations(catalogue, source, regex);
    this.where = where;
  }

  void repair(Draft draft) {
    int rows = 0;
    for (FieldDef f : draft.form().fields()) {
      rows += f.isGroup() ? draft.rowCount(f.id()) : 0;
    }
    int budget = ROUNDS + 2 * rows;
    Map<String, Integer> direct = new HashMap<>();
    List<Finding> findings = validate(draft);
    for (int round = 0; !findings.isEmpty(); round++) {
      if (round >= budget) {
        throw failure(findings.get(0), 0, List.of(), "after " + budget + " rounds of repair");
      }
      boolean changed = false;
      for (Finding f : findings) {
        String key = key(f);
        int tries = direct.getOrDefault(key, 0);
        if (tries < DIRECT_TRIES && fix(draft, f)) {
          direct.put(key, tries + 1);
          changed = true;
        }
      }
      if (!changed) {
        searchAll(draft, findings);
      }
      findings = validate(draft);
    }
  }

  /**
   * Searches a change for the first finding; findings about one item row are searched each on a
   * copy holding only that row (a row's rules see only it), so a long list is repaired in one
   * round.
   */
  private void searchAll(Draft draft, List<Finding> findings) {
    Finding first = findings.get(0);
    if (rowOf(draft, first).isEmpty()) {
      search(draft, first, findings);
      return;
    }
    for (Finding f : findings) {
      Optional<Slot> at = rowOf(draft, f);
      if (at.isEmpty()) {
        continue;
      }
      String group = java.util.Objects.requireNonNull(at.get().group());
      int row = at.get().row();
      Draft single = draft.onlyRow(group, row);
      List<Finding> before = validate(single);
      Optional<Finding> target =
          before.stream()
              .filter(b -> b.ruleId().equals(f.ruleId()) && b.row().orElse(0) == 1)
              .findFirst();
      if (target.isEmpty()) {
        continue; // the finding is about other rows too (a unique rule): left to a later round
      }
      Consumer<Draft> change = search(single, target.get(), before);
      // the change was found on row 0 of the copy; replay it on the row itself
      Draft replay = single.copy();
      change.accept(replay);
      for (FieldDef c : groupFields(draft.form(), group)) {
        draft.set(Slot.item(group, row, c.id()), replay.get(Slot.item(group, 0, c.id())));
      }
    }
  }

  private static Optional<Slot> rowOf(Draft draft, Finding f) {
    return Slot.parse(f.field())
        .filter(Slot::inRow)
        .filter(
            s ->
                f.row().isPresent()
                    && draft.rowCount(java.util.Objects.requireNonNull(s.group())) > 1)
        .filter(s -> RuleSlots.rule(draft.form(), f.ruleId()).map(Rule::perRow).orElse(true));
  }

  private static List<FieldDef> groupFields(FormDefinition form, String group) {
    return form.field(group).map(FieldDef::fields).orElse(List.of());
  }

  List<Finding> validate(Draft draft) {
    return validator.validate(catalogue, draft.toCertificate());
  }

  static String key(Finding f) {
    return f.ruleId() + "|" + f.field() + "|" + f.row().orElse(0);
  }

  // ---- direct fixes --------------------------------------------------------------------------

  private boolean fix(Draft draft, Finding finding) {
    FormDefinition form = draft.form();
    Optional<Slot> parsed = Slot.parse(finding.field());
    Optional<Rule> rule = RuleSlots.rule(form, finding.ruleId());
    if (rule.isPresent()) {
      if (parsed.isEmpty()) {
        return false;
      }
      Slot slot = parsed.get();
      Rule r = rule.get();
      return switch (r.kind()) {
        case REQUIRED, UNIQUE -> fill(draft, slot);
        case FORBIDDEN -> clear(draft, slot);
        case PATTERN -> matching(draft, slot, (PatternRule) r);
        case ONE_OF -> {
          draft.set(slot, source.pick(((OneOfRule) r).values()));
          yield true;
        }
        case RANGE -> inRange(draft, slot, (RangeRule) r);
        case EXPRESSION -> false;
      };
    }
    String code = finding.ruleId();
    if (code.equals("issuance.tick-mirrors-mode") && parsed.isPresent()) {
      String tick = form.issuance().tickFor(draft.mode()).orElse("");
      draft.set(parsed.get(), parsed.get().field().equals(tick));
      return true;
    }
    if (code.equals("group.min-items") && parsed.isPresent()) {
      String group = parsed.get().field();
      int min =
          form.field(group)
              .map(f -> f.spec() instanceof FieldSpec.Group g ? g.minItems() : 0)
              .orElse(0);
      List<Map<String, Object>> rows = draft.rows(group);
      while (rows.size() < min) {
        rows.add(new LinkedHashMap<>());
      }
      return true;
    }
    if (parsed.isEmpty() || !code.startsWith("field.")) {
      return false;
    }
    Slot slot = parsed.get();
    if (code.equals("field.read-only") || code.equals("field.unknown")) {
      draft.set(slot, null);
      return true;
    }
    return fill(draft, slot);
  }

  private static boolean clear(Draft draft, Slot slot) {
    draft.set(slot, null);
    return true;
  }

  private boolean matching(Draft draft, Slot slot, PatternRule rule) {
    Optional<String> s = regex.sample(rule.regex(), source.random());
    s.ifPresent(v -> draft.set(slot, v));
    return s.isPresent();
  }

  private boolean fill(Draft draft, Slot slot) {
    Optional<FieldDef> def = RuleSlots.field(draft.form(), slot);
    if (def.isEmpty()) {
      return false;
    }
    Object v = source.value(def.get(), slot.row());
    draft.set(slot, v);
    return v != null;
  }

  private boolean inRange(Draft draft, Slot slot, RangeRule rule) {
    double lo = rule.min().orElse(0);
    double hi = rule.max().orElse(Math.max(lo, 0) + 1000);
    BigDecimal inside =
        BigDecimal.valueOf(Math.ceil(lo) + source.random().nextInt((int) Math.max(1, hi - lo)));
    if (inside.doubleValue() > hi) {
      inside = BigDecimal.valueOf(lo);
    }
    Object current = draft.get(slot);
    if (current instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(String.valueOf(k), v));
      copy.replace("value", inside);
      copy.replace("amount", inside);
      draft.set(slot, copy);
    } else {
      draft.set(slot, inside);
    }
    return true;
  }

  // ---- search --------------------------------------------------------------------------------

  /** Finds and applies a change that removes {@code target}; returns it. */
  private Consumer<Draft> search(Draft draft, Finding target, List<Finding> before) {
    FormDefinition form = draft.form();
    Optional<Rule> rule = RuleSlots.rule(form, target.ruleId());
    int row = target.row().isPresent() ? target.row().getAsInt() - 1 : -1;
    List<Slot> slots = new ArrayList<>();
    Slot.parse(target.field()).ifPresent(slots::add);
    rule.ifPresent(
        r ->
            RuleSlots.of(form, r, row, draft).stream()
                .filter(s -> !slots.contains(s))
                .forEach(slots::add));
    List<String> tried = new ArrayList<>();
    List<Consumer<Draft>> changes = new ArrayList<>();
    for (Slot slot : slots) {
      for (Object v : mutations.values(draft, slot, false)) {
        tried.add(slot + "=" + shown(v));
        changes.add(d -> d.set(slot, v));
      }
    }
    if (rule.isPresent() && RuleSlots.expressions(rule.get()).contains("linked")) {
      LinkedCertificate fresh = Generator.linked(form.issuance().modes().get(0), source);
      tried.add("linked=none");
      changes.add(d -> d.linked(LinkedCertificate.NONE));
      changes.add(d -> d.linked(Generator.linked(draft.mode(), source)));
      tried.add("linked=" + fresh.number());
    }
    Set<String> old = new HashSet<>();
    before.forEach(f -> old.add(key(f)));
    String targetKey = key(target);
    @Nullable Consumer<Draft> lenient = null;
    int count = 0;
    for (Consumer<Draft> change : changes) {
      if (count++ >= CANDIDATES) {
        break;
      }
      Draft trial = draft.copy();
      change.accept(trial);
      Set<String> now = new HashSet<>();
      validate(trial).forEach(f -> now.add(key(f)));
      if (now.contains(targetKey)) {
        continue;
      }
      if (old.containsAll(now)) {
        change.accept(draft);
        return change;
      }
      if (lenient == null && now.size() < old.size()) {
        lenient = change;
      }
    }
    if (lenient != null) {
      lenient.accept(draft);
      return lenient;
    }
    throw failure(target, Math.min(count, CANDIDATES), tried, null);
  }

  private GenerationException failure(
      Finding target, int candidates, List<String> tried, @Nullable String how) {
    String location =
        target.box().isEmpty()
            ? target.field()
            : "box " + target.box() + (target.field().isEmpty() ? "" : ", " + target.field());
    String after = how != null ? how : "after " + candidates + " candidates";
    String values =
        tried.isEmpty()
            ? ""
            : "; values tried: "
                + String.join(", ", tried.subList(0, Math.min(8, tried.size())))
                + (tried.size() > 8 ? ", …" : "");
    return new GenerationException(
        "cannot generate a valid certificate of "
            + where
            + ": rule "
            + target.ruleId()
            + " ("
            + location
            + ") still fails "
            + after
            + ": "
            + target.message().en()
            + values);
  }

  static String shown(@Nullable Object v) {
    if (v == null) {
      return "(blank)";
    }
    String s = String.valueOf(v).replace("\n", " ");
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }
}
