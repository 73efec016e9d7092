package vn.coforms.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.validate.Binder;
import vn.coforms.framework.validate.BuiltInChecks;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * Breaks one rule and no other: starts from a generated valid certificate in a mode the rule needs,
 * then a greedy search over changes (the rule's fields blanked, flipped, out of their domain,
 * spliced, resampled; for a built-in check, the one kind of value it rejects) until the findings
 * name exactly that rule.
 */
final class RuleBreaker {
  /** Changes in a row a search may make (e.g. choose an RVC criterion, then blank its FOB). */
  static final int STEPS = 3;

  /** Valid certificates (issuance modes) tried as starting points. */
  static final int BASES = 3;

  /** Starting points kept for reuse, at most. */
  static final int MAX_BASES = 256;

  /** Certificates kept per step of the search. */
  static final int BEAM = 3;

  /** Changes evaluated per step. */
  static final int CANDIDATES = 150;

  /** A rule's CEL failed to evaluate: a fault in the form, which no data can cause on purpose. */
  private static final String NOT_FROM_DATA = "rule.failed";

  /** The built-in checks data can trigger, in the engine's order: all but {@code rule.failed}. */
  static final List<String> BUILT_INS =
      BuiltInChecks.IDS.stream().filter(id -> !id.equals(NOT_FROM_DATA)).toList();

  private final Catalogue catalogue;
  private final CertificateValidator validator;

  /**
   * Valid starting points already generated (one per form, seed and mode): every rule of a form
   * starts from the same few, so a test breaking each rule generates each once.
   */
  private final Map<String, Certificate> bases = new java.util.concurrent.ConcurrentHashMap<>();

  RuleBreaker(Catalogue catalogue, CertificateValidator validator) {
    this.catalogue = catalogue;
    this.validator = validator;
  }

  /** Every rule id of the form, then every built-in check data can trigger on it. */
  List<String> breakable(FormDefinition form) {
    List<String> out = new ArrayList<>();
    form.rules().forEach(r -> out.add(r.id()));
    for (String code : BUILT_INS) {
      if (!builtIn(code, new Draft(form, IssuanceMode.NORMAL, LinkedCertificate.NONE), null)
          .isEmpty()) {
        out.add(code);
      }
    }
    return out;
  }

  /** A certificate whose findings all come from {@code ruleId}, generated as of {@code today}. */
  Certificate invalid(String formId, String ruleId, long seed, LocalDate today) {
    FormDefinition form = catalogue.require(formId);
    Generator generator = new Generator(catalogue, validator, today);
    List<String> ids = breakable(form);
    if (ruleId.equals(NOT_FROM_DATA)) {
      throw new GenerationException(
          "rule.failed cannot be triggered from data: it reports a rule whose CEL or regular"
              + " expression could not be evaluated, which is a fault of the form, not of a"
              + " certificate");
    }
    if (!ids.contains(ruleId)) {
      throw new IllegalArgumentException(
          "form '"
              + formId
              + "' has no rule or built-in check '"
              + ruleId
              + "'"
              + DidYouMean.hint(ruleId, ids)
              + "; the ones invalid() can break: "
              + String.join(", ", ids));
    }
    Optional<Rule> rule = RuleSlots.rule(form, ruleId);
    if (bases.size() > MAX_BASES) {
      bases.clear();
    }
    int tried = 0;
    for (IssuanceMode mode : modes(form, rule)) {
      GenerateOptions options = GenerateOptions.defaults().withMode(mode).withItems(rows(form));
      Certificate base =
          bases.computeIfAbsent(
              formId + "|" + seed + "|" + mode.jsonName() + "|" + today,
              k -> generator.generate(formId, seed, options));
      SplittableRandom random = new SplittableRandom(Generator.mix(seed, ruleId, options));
      RegexSampler regex = new RegexSampler();
      ValueSource source = new ValueSource(form, catalogue, options, today, random, regex);
      Search search =
          new Search(form, ruleId, rule, source, new Mutations(catalogue, source, regex));
      Optional<Certificate> broken = search.run(Draft.of(form, base));
      tried += search.evaluated;
      if (broken.isPresent()) {
        return broken.get();
      }
    }
    throw new GenerationException(
        "cannot break only "
            + ruleId
            + " on form '"
            + formId
            + "' (seed "
            + seed
            + "): none of "
            + tried
            + " changes tried gave exactly that finding; each also broke another rule or none");
  }

  /** Two rows when the form allows it: per-row rules get a row, unique rules a pair. */
  private static int rows(FormDefinition form) {
    return ItemRows.of(form).nearest(2);
  }

  /** The modes the rule's conditions name first, then normal, then the others; at most BASES. */
  private static List<IssuanceMode> modes(FormDefinition form, Optional<Rule> rule) {
    Set<IssuanceMode> out = new LinkedHashSet<>();
    String text = rule.map(RuleSlots::expressions).orElse("");
    List<String> named = rule.map(RuleSlots::named).orElse(List.of());
    for (IssuanceMode m : form.issuance().modes()) {
      boolean tickNamed = form.issuance().tickFor(m).filter(named::contains).isPresent();
      if (text.contains("'" + m.jsonName() + "'") || tickNamed) {
        out.add(m);
      }
    }
    if (form.issuance().modes().contains(IssuanceMode.NORMAL)) {
      out.add(IssuanceMode.NORMAL);
    }
    out.addAll(form.issuance().modes());
    return out.stream().limit(BASES).toList();
  }

  /** A certificate on the way, its findings and its distance from the goal. */
  private record State(Draft draft, List<Finding> findings, int score) {}

  /** One search for one rule from one valid certificate: a beam of the closest changes. */
  private final class Search {
    final FormDefinition form;
    final String ruleId;
    final Optional<Rule> rule;
    final ValueSource source;
    final Mutations mutations;

    /** The ticks other rules' conditions name, each a condition a change may be made under. */
    final List<Slot> conditions;

    int evaluated;

    Search(
        FormDefinition form,
        String ruleId,
        Optional<Rule> rule,
        ValueSource source,
        Mutations mutations) {
      this.form = form;
      this.ruleId = ruleId;
      this.rule = rule;
      this.source = source;
      this.mutations = mutations;
      this.conditions = conditions(form, ruleId);
    }

    Optional<Certificate> run(Draft start) {
      List<State> beam = List.of(new State(start, List.of(), Integer.MAX_VALUE));
      for (int step = 0; step < STEPS; step++) {
        List<State> next = new ArrayList<>();
        for (State state : beam) {
          List<Consumer<Draft>> own = primary(state.draft);
          List<Consumer<Draft>> changes = new ArrayList<>(own);
          if (step > 0) {
            changes.addAll(repairs(state.draft, state.findings));
          }
          changes.addAll(underConditions(own, state.draft)); // last: tried when the rest is few
          int n = 0;
          for (Consumer<Draft> change : changes) {
            if (n++ >= CANDIDATES) {
              break;
            }
            Draft trial = state.draft.copy();
            change.accept(trial);
            Certificate c = trial.toCertificate();
            List<Finding> found = validator.validate(catalogue, c);
            evaluated++;
            if (only(found)) {
              return Optional.of(c);
            }
            if (settle(trial, found)) {
              c = trial.toCertificate();
              found = validator.validate(catalogue, c);
              evaluated++;
              if (only(found)) {
                return Optional.of(c);
              }
            }
            int score = score(c, found);
            if (score <= state.score) { // a sideways step may open the way (tick, then rows)
              next.add(new State(trial, found, score));
            }
          }
        }
        if (next.isEmpty()) {
          return Optional.empty();
        }
        next.sort(java.util.Comparator.comparingInt(State::score));
        beam = next.subList(0, Math.min(BEAM, next.size()));
      }
      return Optional.empty();
    }

    /**
     * Each change again with a condition set first: a tick the {@code when} of another rule names
     * flipped, then the change. A field another rule forbids without its tick (an invoicer's
     * country without Third-Country Invoicing) can then be broken in its own right, as the settling
     * of the other rules would otherwise clear it again.
     */
    private List<Consumer<Draft>> underConditions(List<Consumer<Draft>> changes, Draft draft) {
      List<Consumer<Draft>> out = new ArrayList<>();
      for (Slot tick : conditions) {
        boolean flipped = !Boolean.TRUE.equals(draft.get(tick));
        for (Consumer<Draft> change : changes) {
          out.add(
              d -> {
                d.set(tick, flipped);
                change.accept(d);
              });
        }
      }
      return out;
    }

    private boolean only(List<Finding> found) {
      return !found.isEmpty() && found.stream().allMatch(f -> f.ruleId().equals(ruleId));
    }

    /**
     * Gives the other rules what they plainly ask for (a required field filled, a forbidden one
     * cleared), once; returns whether anything changed.
     */
    private boolean settle(Draft trial, List<Finding> found) {
      boolean changed = false;
      for (Finding f : found) {
        if (f.ruleId().equals(ruleId)) {
          continue;
        }
        Optional<Slot> slot = Slot.parse(f.field());
        Optional<Rule> other = RuleSlots.rule(form, f.ruleId());
        if (slot.isEmpty() || other.isEmpty()) {
          continue;
        }
        switch (other.get().kind()) {
          case REQUIRED -> {
            Optional<FieldDef> def = RuleSlots.field(form, slot.get());
            Object v = def.isPresent() ? source.value(def.get(), slot.get().row()) : null;
            if (v != null) {
              trial.set(slot.get(), v);
              changed = true;
            }
          }
          case FORBIDDEN -> {
            trial.set(slot.get(), null);
            changed = true;
          }
          default -> {}
        }
      }
      return changed;
    }

    /** Lower is closer: the rule broken (else at least applicable), and few other findings. */
    private int score(Certificate c, List<Finding> found) {
      long others = found.stream().filter(f -> !f.ruleId().equals(ruleId)).count();
      int distance;
      if (found.stream().anyMatch(f -> f.ruleId().equals(ruleId))) {
        distance = 0;
      } else if (rule.isPresent()
          && validator.trace(catalogue, c).stream()
              .anyMatch(t -> t.ruleId().equals(ruleId) && t.applied() > 0)) {
        distance = 1;
      } else {
        distance = 2;
      }
      return distance * 1000 + (int) Math.min(others, 999);
    }

    private List<Consumer<Draft>> primary(Draft draft) {
      if (rule.isEmpty()) {
        return builtIn(ruleId, draft, source);
      }
      Rule r = rule.get();
      List<Consumer<Draft>> out = new ArrayList<>();
      List<Slot> slots = new ArrayList<>(RuleSlots.of(form, r, r.perRow() ? 0 : -1, draft));
      if (r.header().forEach().isPresent()) {
        RuleSlots.of(form, r, 1, draft).stream()
            .filter(s -> !slots.contains(s))
            .forEach(slots::add);
      }
      for (Slot slot : slots) {
        for (Object v : mutations.values(draft, slot, true)) {
          out.add(d -> d.set(slot, v));
        }
      }
      if (RuleSlots.expressions(r).contains("linked")) {
        out.addAll(linkedChanges(draft));
      }
      return out;
    }

    private List<Consumer<Draft>> repairs(Draft draft, List<Finding> findings) {
      List<Consumer<Draft>> out = new ArrayList<>();
      for (Finding f : findings) {
        if (f.ruleId().equals(ruleId)) {
          continue;
        }
        List<Slot> slots = new ArrayList<>();
        Slot.parse(f.field()).ifPresent(slots::add);
        int row = f.row().isPresent() ? f.row().getAsInt() - 1 : -1;
        RuleSlots.rule(form, f.ruleId())
            .ifPresent(r -> slots.addAll(RuleSlots.of(form, r, row, draft)));
        for (Slot slot : slots) {
          for (Object v : mutations.values(draft, slot, false)) {
            out.add(d -> d.set(slot, v));
          }
        }
      }
      return out;
    }

    private List<Consumer<Draft>> linkedChanges(Draft draft) {
      LinkedCertificate l =
          draft.linked().number().isEmpty()
              ? Generator.linked(IssuanceMode.REPLACEMENT, source)
              : draft.linked();
      String today = source.today().toString();
      return List.of(
          d -> d.linked(LinkedCertificate.NONE),
          d -> d.linked(l),
          d -> d.linked(new LinkedCertificate("", l.date(), l.issuer())),
          d -> d.linked(new LinkedCertificate(l.number(), "", l.issuer())),
          d -> d.linked(new LinkedCertificate(l.number(), l.date(), "")),
          d -> d.linked(new LinkedCertificate(l.number(), plusDays(today, 10), l.issuer())),
          d -> d.linked(new LinkedCertificate(l.number(), plusDays(today, -400), l.issuer())));
    }
  }

  /**
   * The top-level ticks the {@code when} of a rule other than {@code ruleId} names, but not the
   * ticks that mirror the issuance mode (the mode is chosen with the starting point).
   */
  private static List<Slot> conditions(FormDefinition form, String ruleId) {
    Set<String> out = new LinkedHashSet<>();
    for (Rule r : form.rules()) {
      if (r.id().equals(ruleId)) {
        continue;
      }
      String when = r.header().when().expression().orElse("");
      for (String id : RuleSlots.named(r)) {
        boolean tick =
            form.field(id).filter(f -> f.spec() instanceof FieldSpec.Tick).isPresent()
                && !form.issuance().ticks().containsValue(id);
        if (tick && when.matches("(?s).*\\b" + java.util.regex.Pattern.quote(id) + "\\b.*")) {
          out.add(id);
        }
      }
    }
    return out.stream().map(Slot::top).toList();
  }

  private static String plusDays(String day, int days) {
    return java.time.LocalDate.parse(day).plusDays(days).toString();
  }

  /**
   * The changes that make built-in check {@code code} fire, one per field it applies to; empty when
   * the form gives it nothing to fire on. With no source, only whether there are any counts.
   */
  private List<Consumer<Draft>> builtIn(String code, Draft draft, @Nullable ValueSource source) {
    FormDefinition form = draft.form();
    List<Consumer<Draft>> out = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    Map<Slot, FieldDef> defs = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      if (f.spec() instanceof FieldSpec.Group g) {
        for (FieldDef c : g.fields()) {
          Slot s = Slot.item(f.id(), 0, c.id());
          slots.add(s);
          defs.put(s, c);
        }
      } else {
        Slot s = Slot.top(f.id());
        slots.add(s);
        defs.put(s, f);
      }
    }
    switch (code) {
      case "field.unknown" -> out.add(d -> d.putRaw("notAField", "x"));
      case "field.required" ->
          slots.stream()
              .filter(s -> def(defs, s).required() && !def(defs, s).readOnly())
              .forEach(s -> out.add(d -> d.set(s, null)));
      case "field.read-only" ->
          slots.stream()
              .filter(s -> def(defs, s).readOnly())
              .forEach(
                  s ->
                      out.add(
                          d ->
                              d.set(
                                  s,
                                  def(defs, s).spec() instanceof FieldSpec.Tick
                                      ? (Object) true
                                      : "X")));
      case "field.type" ->
          slots.stream()
              .filter(s -> !(def(defs, s).spec() instanceof FieldSpec.Date))
              .forEach(
                  s ->
                      out.add(
                          d ->
                              d.set(
                                  s,
                                  def(defs, s).spec() instanceof FieldSpec.Text
                                      ? (Object) true
                                      : "not a " + def(defs, s).type().yamlName())));
      case "field.max-length" ->
          eachText(slots, defs)
              .forEach(
                  (s, t) ->
                      t.maxLength().ifPresent(max -> out.add(d -> d.set(s, "X".repeat(max + 1)))));
      case "field.max-lines" ->
          eachText(slots, defs)
              .forEach(
                  (s, t) ->
                      t.maxLines()
                          .ifPresent(
                              max -> {
                                if (max > 1 && t.maxLength().orElse(1000) > 2 * (max + 1)) {
                                  out.add(d -> d.set(s, "X\n".repeat(max) + "X"));
                                }
                              }));
      case "field.date" ->
          ofType(slots, defs, FieldSpec.Date.class)
              .forEach(s -> out.add(d -> d.set(s, "2026-02-30")));
      case "field.number" -> amounts(slots, defs, new BigDecimal("1E+14"), out);
      case "field.negative" ->
          amounts(
              slots.stream().filter(sl -> !rangeChecked(form, sl)).toList(),
              defs,
              BigDecimal.valueOf(-5),
              out);
      case "field.character" ->
          eachText(slots, defs).keySet().forEach(s -> out.add(d -> d.set(s, "ABC\u0007")));
      case "field.country" -> {
        String unknown =
            Arrays.asList("XX", "QZ", "ZZ").stream()
                .filter(c -> catalogue.country(c).isEmpty())
                .findFirst()
                .orElse("");
        if (!unknown.isEmpty()) {
          ofType(slots, defs, FieldSpec.Country.class)
              .forEach(s -> out.add(d -> d.set(s, unknown)));
        }
      }
      case "field.party" -> {
        Set<String> parties =
            form.agreement().parties().stream().map(Party::country).collect(Collectors.toSet());
        Optional<String> outsider =
            catalogue.countries().keySet().stream()
                .sorted()
                .filter(c -> !parties.contains(c))
                .findFirst();
        outsider.ifPresent(
            o ->
                ofType(slots, defs, FieldSpec.Country.class).stream()
                    .filter(s -> ((FieldSpec.Country) def(defs, s).spec()).withinParties())
                    .forEach(s -> out.add(d -> d.set(s, o))));
      }
      case "field.hs-code" ->
          ofType(slots, defs, FieldSpec.HsCode.class)
              .forEach(
                  s -> {
                    List<Integer> digits = ((FieldSpec.HsCode) def(defs, s).spec()).digits();
                    int n = digits.contains(5) ? 3 : 5;
                    out.add(d -> d.set(s, "12345678901".substring(0, n)));
                  });
      case "field.criterion" -> {
        if (form.criteria().isPresent()) {
          ofType(slots, defs, FieldSpec.Criterion.class)
              .forEach(s -> out.add(d -> d.set(s, "NOT A CRITERION")));
        }
      }
      case "field.enum" ->
          ofType(slots, defs, FieldSpec.Choice.class)
              .forEach(s -> out.add(d -> d.set(s, "NOT ONE OF THEM")));
      case "group.min-items" ->
          form.fields().stream()
              .filter(f -> f.spec() instanceof FieldSpec.Group g && g.minItems() > 0)
              .forEach(
                  f -> {
                    int min = ((FieldSpec.Group) f.spec()).minItems();
                    out.add(
                        d -> {
                          List<Map<String, Object>> rows = d.rows(f.id());
                          while (rows.size() >= min) {
                            rows.remove(rows.size() - 1);
                          }
                        });
                  });
      case "group.max-items" ->
          form.fields().stream()
              .filter(FieldDef::isGroup)
              .forEach(
                  f -> {
                    int max = Math.min(((FieldSpec.Group) f.spec()).maxItems(), Binder.MAX_ROWS);
                    out.add(
                        d -> {
                          List<Map<String, Object>> rows = d.rows(f.id());
                          Map<String, Object> first =
                              rows.isEmpty() ? new LinkedHashMap<>() : rows.get(0);
                          while (rows.size() <= max) {
                            rows.add(new LinkedHashMap<>(first));
                          }
                        });
                  });
      case "criterion.rvc-bounds" -> {
        List<CriterionKind> kinds =
            form.criteria().map(c -> c.kinds()).orElse(List.of()).stream()
                .filter(k -> k.rvc().isPresent() && k.pattern().pattern().contains("(?<rvc>"))
                .toList();
        for (Slot s : ofType(slots, defs, FieldSpec.Criterion.class)) {
          for (CriterionKind k : kinds) {
            if (source == null) {
              out.add(d -> {});
            } else {
              source.criterion(k, false).ifPresent(v -> out.add(d -> d.set(s, v)));
            }
          }
        }
      }
      case "issuance.mode-not-allowed" -> {
        for (IssuanceMode m : IssuanceMode.values()) {
          if (!form.issuance().modes().contains(m)) {
            out.add(d -> d.mode(m));
            if (source != null) {
              LinkedCertificate l = Generator.linked(IssuanceMode.REPLACEMENT, source);
              out.add(
                  d -> {
                    d.mode(m);
                    d.linked(l);
                  });
            }
          }
        }
      }
      case "issuance.tick-mirrors-mode" ->
          form.issuance().ticks().values().stream()
              .sorted()
              .forEach(
                  tick ->
                      out.add(
                          d -> d.set(Slot.top(tick), !Boolean.TRUE.equals(d.get(Slot.top(tick))))));
      default -> {}
    }
    return out;
  }

  /** Whether a range rule with a minimum of 0 or more checks the field (a negative breaks it). */
  private static boolean rangeChecked(FormDefinition form, Slot slot) {
    return form.rules().stream()
        .anyMatch(
            r ->
                r instanceof vn.coforms.framework.model.rule.RangeRule range
                    && range.min().orElse(-1) >= 0
                    && r.header().fields().contains(slot.field()));
  }

  private static FieldDef def(Map<Slot, FieldDef> defs, Slot s) {
    return Objects.requireNonNull(defs.get(s));
  }

  private static Map<Slot, FieldSpec.Text> eachText(List<Slot> slots, Map<Slot, FieldDef> defs) {
    Map<Slot, FieldSpec.Text> out = new LinkedHashMap<>();
    for (Slot s : slots) {
      if (def(defs, s).spec() instanceof FieldSpec.Text t && !def(defs, s).readOnly()) {
        out.put(s, t);
      }
    }
    return out;
  }

  private static List<Slot> ofType(
      List<Slot> slots, Map<Slot, FieldDef> defs, Class<? extends FieldSpec> type) {
    return slots.stream()
        .filter(s -> type.isInstance(def(defs, s).spec()) && !def(defs, s).readOnly())
        .toList();
  }

  private static void amounts(
      List<Slot> slots, Map<Slot, FieldDef> defs, BigDecimal n, List<Consumer<Draft>> out) {
    for (Slot s : slots) {
      FieldSpec spec = def(defs, s).spec();
      if (def(defs, s).readOnly()) {
        continue;
      }
      if (spec instanceof FieldSpec.Quantity) {
        out.add(d -> d.set(s, Mutations.pair("value", n, "unit", "KGS")));
      } else if (spec instanceof FieldSpec.Money) {
        out.add(d -> d.set(s, Mutations.pair("amount", n, "currency", "USD")));
      } else if (spec instanceof FieldSpec.Percent) {
        out.add(d -> d.set(s, n.signum() < 0 ? n : BigDecimal.valueOf(101)));
      }
    }
  }
}
