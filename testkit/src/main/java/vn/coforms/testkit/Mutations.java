package vn.coforms.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.rule.PatternRule;
import vn.coforms.framework.model.rule.Rule;

/**
 * The values a search tries in one slot: blank, the flipped tick, fresh values from the field's
 * domain, and splices: values already in the certificate (country codes, years of its dates, other
 * texts) put into same-shaped runs of the current value or of a string the field's pattern
 * generates. This is how "the reference number names the importing country" gets satisfied without
 * knowing the rule. Texts are also tried in the certificate's other language (Vietnamese for an
 * English one and back), for rules on the language of the entries. For breaking a rule, also values
 * outside the domain.
 */
final class Mutations {
  /** Fresh values tried per slot. */
  static final int RESAMPLES = 8;

  private static final Pattern RUN = Pattern.compile("[A-Z]+|[0-9]+");

  private final Catalogue catalogue;
  private final ValueSource source;
  private final RegexSampler regex;

  Mutations(Catalogue catalogue, ValueSource source, RegexSampler regex) {
    this.catalogue = catalogue;
    this.source = source;
    this.regex = regex;
  }

  /** The distinct values to try at {@code slot}, in a stable order; null means blank. */
  List<@Nullable Object> values(Draft draft, Slot slot, boolean breaking) {
    FormDefinition form = draft.form();
    Optional<FieldDef> found = RuleSlots.field(form, slot);
    if (found.isEmpty()) {
      return List.of();
    }
    FieldDef def = found.get();
    Object current = draft.get(slot);
    List<@Nullable Object> out = new ArrayList<>();
    FieldSpec spec = def.spec();
    if (spec instanceof FieldSpec.Tick) {
      out.add(!Boolean.TRUE.equals(current));
    }
    if (spec instanceof FieldSpec.Text) {
      // a rule on the language of the entries ("in the English Language") breaks, or mends, this
      // way
      source.inOtherLanguage(def, slot.row()).ifPresent(out::add);
    }
    if (spec instanceof FieldSpec.Text && current instanceof String s) {
      out.addAll(splices(draft, s));
      for (Rule r : form.rules()) {
        if (r instanceof PatternRule p && p.header().fields().contains(slot.field())) {
          regex.sample(p.regex(), source.random()).ifPresent(g -> out.addAll(splices(draft, g)));
        }
      }
    }
    if (spec instanceof FieldSpec.Country c) {
      List<String> codes =
          c.withinParties()
              ? form.agreement().parties().stream().map(Party::country).toList()
              : catalogue.countries().keySet().stream().sorted().toList();
      out.addAll(codes);
    }
    if (spec instanceof FieldSpec.Criterion) {
      form.criteria()
          .ifPresent(
              k -> {
                for (CriterionKind kind : k.kinds()) {
                  source.criterion(kind, true).ifPresent(out::add);
                }
              });
    }
    if (breaking) {
      out.addAll(outOfDomain(draft, slot, def, current));
    }
    for (int i = 0; i < RESAMPLES; i++) {
      Object v = source.value(def, slot.row());
      if (v != null) {
        out.add(v);
      }
    }
    if (current != null && (breaking || !def.required())) {
      out.add(null); // blank last: a filled field is what "fill every field" asks for
    }
    List<@Nullable Object> distinct = new ArrayList<>();
    for (Object v : out) {
      if (!Objects.equals(v, current) && !distinct.contains(v)) {
        distinct.add(v);
      }
    }
    return distinct;
  }

  private List<Object> outOfDomain(Draft draft, Slot slot, FieldDef def, @Nullable Object current) {
    List<Object> out = new ArrayList<>();
    LocalDate today = source.today();
    FieldSpec spec = def.spec();
    if (spec instanceof FieldSpec.Date) {
      out.add(today.plusDays(10).toString());
      out.add(today.minusDays(10).toString());
      out.add(today.minusDays(400).toString());
      for (String d : facts(draft).dates) {
        LocalDate day = LocalDate.parse(d);
        out.add(day.plusDays(1).toString());
        out.add(day.minusDays(1).toString());
      }
    } else if (spec instanceof FieldSpec.Country) {
      out.add("VN");
      out.addAll(facts(draft).countries);
    } else if (spec instanceof FieldSpec.Quantity && current instanceof Map<?, ?> m) {
      Map<String, Object> carton = new LinkedHashMap<>();
      carton.put("value", m.get("value") == null ? 1 : Objects.requireNonNull(m.get("value")));
      carton.put("unit", "CARTONS");
      out.add(carton);
      out.add(pair("value", 0, "unit", String.valueOf(m.get("unit"))));
    } else if (spec instanceof FieldSpec.Money && current instanceof Map<?, ?> m) {
      out.add(pair("amount", 0, "currency", String.valueOf(m.get("currency"))));
    } else if (spec instanceof FieldSpec.Text) {
      out.add("N/A");
      if (current instanceof String c && !c.isEmpty()) {
        out.add(c + "X");
      }
      out.add("SEE BOX 8");
      String group = slot.group();
      if (group != null && draft.rowCount(group) > 1) {
        Object other = draft.get(slot.atRow(slot.row() == 0 ? 1 : 0));
        if (other != null) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /**
   * {@code base} with each run of capitals or digits replaced by a same-shaped certificate value.
   */
  /** A quantity or money value, its keys in the order the samples write them. */
  static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(k1, v1);
    out.put(k2, v2);
    return out;
  }

  private List<Object> splices(Draft draft, String base) {
    Facts facts = facts(draft);
    List<Object> out = new ArrayList<>();
    Matcher m = RUN.matcher(base);
    while (m.find()) {
      String run = m.group();
      boolean digits = Character.isDigit(run.charAt(0));
      for (String fact : digits ? facts.numbers : facts.capitals) {
        if (fact.length() == run.length() && !fact.equals(run)) {
          out.add(base.substring(0, m.start()) + fact + base.substring(m.end()));
        }
      }
    }
    return out;
  }

  private static final class Facts {
    final Set<String> countries = new LinkedHashSet<>();
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> numbers = new LinkedHashSet<>();
    final Set<String> capitals = new LinkedHashSet<>();
  }

  private Facts facts(Draft draft) {
    Facts facts = new Facts();
    facts.dates.add(source.today().toString());
    for (FieldDef f : draft.form().fields()) {
      if (f.spec() instanceof FieldSpec.Group g) {
        for (int i = 0; i < draft.rowCount(f.id()); i++) {
          for (FieldDef c : g.fields()) {
            collect(facts, c, draft.get(Slot.item(f.id(), i, c.id())));
          }
        }
      } else {
        collect(facts, f, draft.get(Slot.top(f.id())));
      }
    }
    for (String d : facts.dates) {
      facts.numbers.add(d.substring(0, 4));
      facts.numbers.add(d.substring(2, 4));
    }
    facts.capitals.addAll(facts.countries);
    return facts;
  }

  private static void collect(Facts facts, FieldDef f, @Nullable Object v) {
    if (!(v instanceof String s) || s.isBlank()) {
      return;
    }
    if (f.spec() instanceof FieldSpec.Country) {
      facts.countries.add(s);
    } else if (f.spec() instanceof FieldSpec.Date && s.length() == 10) {
      facts.dates.add(s);
    } else if (f.spec() instanceof FieldSpec.Text && s.length() <= 12) {
      (s.chars().allMatch(Character::isDigit) ? facts.numbers : facts.capitals).add(s);
    }
  }
}
