package vn.coforms.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormVersion;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.RvcBounds;
import vn.coforms.framework.model.rule.PatternRule;
import vn.coforms.framework.model.rule.Rule;

/**
 * Plausible values for the fields of one form, derived from each field's declaration: its type,
 * limits and declared facts, and for text the words of its English label ("name, address" is a
 * company, "port" a port). One instance serves one certificate: it picks the importing country, the
 * exporter and the goods of each row once, so the values agree with each other.
 */
final class ValueSource {
  /** How far before today an invoice is dated, at most (days). */
  static final int INVOICE_DAYS = 12;

  private static final Pattern RVC_GROUP = Pattern.compile("(?<rvc>", Pattern.LITERAL);
  private static final String VIET_NAM = "VN";

  /** A label naming a place ("Place and date"). */
  private static final String PLACE = ".*\\bplace\\b.*";

  /** Labels text() reads as something else before it reads them as a place. */
  private static final String ANY_OTHER_KIND =
      ".*(exhibition|\\bmarks\\b|package|\\b(vessel|aircraft|transport|name|address|description"
          + "|goods|products?|port|authority|office)\\b).*";

  private final FormDefinition form;
  private final Catalogue catalogue;
  private final Vocabulary words;
  private final GenerateOptions options;
  private final LocalDate today;
  private final SplittableRandom random;
  private final RegexSampler regex;
  private final String importing;
  private final Vocabulary.Exporter exporter;
  private final List<Vocabulary.Goods> goods;
  private final String code;
  private final String currency;
  private final LocalDate invoiceDate;
  private final String invoiceNumber;
  private @Nullable String invoicer;

  ValueSource(
      FormDefinition form,
      Catalogue catalogue,
      GenerateOptions options,
      LocalDate today,
      SplittableRandom random,
      RegexSampler regex) {
    this.form = form;
    this.catalogue = catalogue;
    this.words = Vocabulary.bundled();
    this.options = options;
    this.today = form.version().map(v -> within(today, v)).orElse(today);
    this.random = random;
    this.regex = regex;
    List<String> foreign =
        form.agreement().parties().stream()
            .map(Party::country)
            .filter(c -> !c.equals(VIET_NAM))
            .filter(this::picksThisVersion)
            .toList();
    this.importing = foreign.isEmpty() ? VIET_NAM : pick(foreign);
    this.exporter = pick(words.exporters());
    List<Vocabulary.Goods> shuffled = new ArrayList<>(words.goods());
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Vocabulary.Goods t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    this.goods = List.copyOf(shuffled);
    this.code = initials(exporter.en());
    this.currency = pick(words.currencies());
    this.invoiceDate = today.minusDays(4 + random.nextInt(INVOICE_DAYS - 3));
    this.invoiceNumber =
        String.format(
            Locale.ROOT,
            "%s-%02d%02d-%03d",
            code,
            invoiceDate.getYear() % 100,
            invoiceDate.getMonthValue(),
            1 + random.nextInt(999));
  }

  /**
   * The day nearest {@code today} in the version's window: a version's certificate is dated when
   * the version applies.
   */
  private static LocalDate within(LocalDate today, FormVersion v) {
    if (today.isBefore(v.from())) {
      return v.from();
    }
    return v.until().filter(today::isAfter).orElse(today);
  }

  /**
   * Whether a certificate of today importing into {@code party} is checked against this form: for a
   * version of a form, whether the catalogue picks this version for that party.
   */
  private boolean picksThisVersion(String party) {
    if (form.version().isEmpty()) {
      return true;
    }
    Map<String, Object> probe = new LinkedHashMap<>();
    catalogue.versions(form.version().get().of()).stream()
        .flatMap(f -> f.version().flatMap(FormVersion::importerField).stream())
        .forEach(field -> probe.put(field, party));
    return catalogue.pick(form.id(), probe, today).form().id().equals(form.id());
  }

  SplittableRandom random() {
    return random;
  }

  LocalDate today() {
    return today;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A fresh value for field {@code f} (of row {@code row}, or -1 at the top), or null. */
  @Nullable Object value(FieldDef f, int row) {
    FieldSpec spec = f.spec();
    if (spec instanceof FieldSpec.Text t) {
      return text(f, t, row);
    } else if (spec instanceof FieldSpec.Date) {
      return date(f).toString();
    } else if (spec instanceof FieldSpec.Country c) {
      return country(f, c);
    } else if (spec instanceof FieldSpec.HsCode h) {
      return hsCode(goods(row).hs(), pick(h.digits()));
    } else if (spec instanceof FieldSpec.Criterion) {
      return criterion().orElse(null);
    } else if (spec instanceof FieldSpec.Quantity) {
      return quantity(row);
    } else if (spec instanceof FieldSpec.Money) {
      return money(row);
    } else if (spec instanceof FieldSpec.Percent) {
      return 40 + random.nextInt(61);
    } else if (spec instanceof FieldSpec.Choice c) {
      return pick(c.values());
    } else if (spec instanceof FieldSpec.Tick) {
      return false;
    }
    return null; // a group: its rows are built by the generator
  }

  private Vocabulary.Goods goods(int row) {
    return goods.get(Math.max(row, 0) % goods.size());
  }

  // ---- dates ---------------------------------------------------------------------------------

  /**
   * Dates anchored on today, none in the future: the certificate's own dates last (the first of
   * {@code issuance.dateFields} is today), invoices a few days before, others in between.
   */
  LocalDate date(FieldDef f) {
    int rank = form.issuance().dateFields().indexOf(f.id());
    if (rank == 0) {
      return today;
    }
    if (rank > 0) {
      return today.minusDays(random.nextInt(2));
    }
    if (words(f).contains("invoice")) {
      return invoiceDate;
    }
    return today.minusDays(1 + random.nextInt(2));
  }

  // ---- countries, HS codes, criteria, amounts -----------------------------------------------

  private String country(FieldDef f, FieldSpec.Country spec) {
    String label = words(f);
    List<String> parties = form.agreement().parties().stream().map(Party::country).toList();
    if (spec.withinParties()) {
      if (label.matches(".*\\b(import\\w*|destination)\\b.*")) {
        return importing;
      }
      if (label.matches(".*\\b(produc\\w*|origin|issu\\w*|export\\w*)\\b.*")
          && parties.contains(VIET_NAM)) {
        return VIET_NAM;
      }
      return pick(parties);
    }
    if (label.contains("invoic")) {
      return invoicer();
    }
    return pick(catalogue.countries().keySet().stream().sorted().toList());
  }

  /** The HS code {@code hs6} written with {@code digits} digits as the samples do: 0304.62.10. */
  String hsCode(String hs6, int digits) {
    StringBuilder d = new StringBuilder(hs6);
    while (d.length() < digits) {
      d.append((char) ('0' + random.nextInt(10)));
    }
    String all = d.substring(0, digits);
    StringBuilder out = new StringBuilder(all.substring(0, Math.min(4, digits)));
    for (int i = 4; i < digits; i += 2) {
      out.append('.').append(all, i, Math.min(i + 2, digits));
    }
    return out.toString();
  }

  /** A criterion of a random kind of the form's grammar, its RVC within the kind's bounds. */
  Optional<String> criterion() {
    if (form.criteria().isEmpty() || form.criteria().get().kinds().isEmpty()) {
      return Optional.empty();
    }
    List<CriterionKind> kinds = form.criteria().get().kinds();
    int first = random.nextInt(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      Optional<String> s = criterion(kinds.get((first + i) % kinds.size()), true);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  /**
   * A criterion of {@code kind}; its RVC (the {@code rvc} group) inside the bounds if {@code
   * inBounds}, else outside them.
   */
  Optional<String> criterion(CriterionKind kind, boolean inBounds) {
    for (int i = 0; i < RegexSampler.TRIES; i++) {
      Optional<String> sample = regex.sample(kind.pattern(), random);
      if (sample.isEmpty()) {
        return Optional.empty();
      }
      String s = sample.get();
      boolean hasRvc = RVC_GROUP.matcher(kind.pattern().pattern()).find();
      if (hasRvc && kind.rvc().isPresent()) {
        Matcher m = kind.pattern().matcher(s);
        if (!m.matches() || m.start("rvc") < 0) {
          continue;
        }
        Optional<String> rvc = rvc(kind.rvc().get(), inBounds);
        if (rvc.isEmpty()) {
          return Optional.empty();
        }
        s = s.substring(0, m.start("rvc")) + rvc.get() + s.substring(m.end("rvc"));
      } else if (!inBounds) {
        return Optional.empty();
      }
      String candidate = s;
      boolean sameKind =
          form.criteria().flatMap(c -> c.classify(candidate)).filter(kind::equals).isPresent();
      boolean admitted =
          !hasRvc
              || kind.rvc().isEmpty()
              || kind.rvcOf(candidate).stream().allMatch(v -> kind.rvc().get().admits(v));
      if (sameKind && admitted == inBounds) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private Optional<String> rvc(RvcBounds bounds, boolean inBounds) {
    int lo = (int) Math.ceil(bounds.min().orElse(0));
    int hi = (int) Math.floor(bounds.max().orElse(100));
    if (inBounds) {
      return lo > hi
          ? Optional.empty()
          : Optional.of(String.valueOf(lo + random.nextInt(hi - lo + 1)));
    }
    if (bounds.min().isPresent() && lo - 1 >= 0) {
      return Optional.of(String.valueOf(lo - 1));
    }
    if (bounds.max().isPresent()) {
      return Optional.of(String.valueOf(hi + 1));
    }
    return Optional.empty();
  }

  private Map<String, Object> quantity(int row) {
    Vocabulary.Goods g = goods(row);
    int value = Math.max(1, g.weight() * (80 + random.nextInt(41)) / 100);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("value", value);
    out.put("unit", g.unit());
    return out;
  }

  private Map<String, Object> money(int row) {
    long cents = (long) goods(row).weight() * (150 + random.nextInt(450));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount", BigDecimal.valueOf(cents, 2));
    out.put("currency", currency);
    return out;
  }

  // ---- text ----------------------------------------------------------------------------------

  private String text(FieldDef f, FieldSpec.Text spec, int row) {
    Optional<PatternRule> pattern = patternOf(f, row >= 0);
    if (pattern.isPresent()) {
      Optional<String> s = regex.sample(pattern.get().regex(), random);
      if (s.isPresent()) {
        return s.get();
      }
    }
    return text(f, spec, row, options.language() == GenerateOptions.Language.VI);
  }

  /**
   * Text field {@code f}'s value in the other language than the certificate's: Vietnamese (the
   * exporter's name and address, a goods description, the place as the province is written) for an
   * English certificate, English for a Vietnamese one. Empty where the vocabulary has the field's
   * text in one language only (Vietnamese wanted but the text has no Vietnamese letter).
   */
  Optional<String> inOtherLanguage(FieldDef f, int row) {
    if (!(f.spec() instanceof FieldSpec.Text spec)) {
      return Optional.empty();
    }
    boolean vi = options.language() != GenerateOptions.Language.VI;
    String label = words(f);
    String out =
        vi && label.matches(PLACE) && !label.matches(ANY_OTHER_KIND)
            ? exporter.provinceVi()
            : text(f, spec, row, vi);
    boolean vietnamese = out.codePoints().anyMatch(cp -> cp > 0x7e && Character.isLetter(cp));
    return vi && !vietnamese ? Optional.empty() : Optional.of(out);
  }

  private String text(FieldDef f, FieldSpec.Text spec, int row, boolean vi) {
    String label = words(f);
    List<String> lines = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    if (label.contains("exhibition")) {
      Vocabulary.Exhibition e = pick(words.exhibitions());
      lines.add(label.contains("address") ? e.address() : e.name());
    } else if (label.matches(".*\\bmarks\\b.*") && !label.contains("remarks")) {
      lines.addAll(lines(fill(pick(words.marks()), row)));
    } else if (label.contains("package")) {
      Vocabulary.Goods g = goods(row);
      lines.add(String.format(Locale.ROOT, "%,d %s", Math.max(1, g.weight() / 20), g.packages()));
      extra.add("ON " + (1 + random.nextInt(20)) + " PALLETS");
    } else if (label.matches(".*\\b(vessel|aircraft|transport)\\b.*")) {
      lines.add(pick(words.vessels()));
      extra.add("FROM " + pick(words.ports()) + " TO " + destinationCity());
    } else if (label.matches(".*\\b(name|address)\\b.*")) {
      company(label, vi, lines, extra);
    } else if (label.matches(".*\\b(description|goods|products?)\\b.*")) {
      Vocabulary.Goods g = goods(row);
      String d = vi ? g.vi() : g.en();
      lines.add(row >= goods.size() ? d + ", LOT " + (row + 1) : d);
      extra.add("HS " + hsCode(g.hs(), 6) + ", ORIGIN: VIET NAM");
      extra.add("PACKED IN NEW EXPORT " + g.packages());
      extra.add(
          "NET WEIGHT "
              + g.weight()
              + " "
              + g.unit()
              + ", PURCHASE ORDER "
              + code
              + "-"
              + (100 + random.nextInt(900)));
    } else if (label.contains("invoice") && label.matches(".*\\b(number|no)\\b.*")) {
      lines.add(invoiceNumber);
    } else if (label.matches(".*\\bport\\b.*")) {
      lines.add(destinationCity() + ", " + printed(importing));
    } else if (label.matches(".*\\b(authority|office)\\b.*")) {
      lines.add(pick(words.issuers()));
    } else if (label.matches(".*\\bplace\\b.*")) {
      lines.add(exporter.place());
    } else if (label.matches(".*\\bcountry\\b.*")) {
      lines.add(printed(VIET_NAM));
    } else if (f.id().equals(form.numberField())
        || label.matches(".*\\b(no|number|code|reference)\\b.*")) {
      lines.add(number(spec));
    } else {
      lines.add(fill(pick(words.phrases()), row));
      words.phrases().forEach(p -> extra.add(fill(p, row)));
    }
    return fit(lines, extra, spec);
  }

  private void company(String label, boolean vi, List<String> lines, List<String> extra) {
    if (label.matches(".*\\b(consignee\\w*|importer\\w*)\\b.*") || label.contains("invoic")) {
      String country = label.contains("invoic") ? invoicer() : importing;
      Vocabulary.Consignee c = pick(words.consigneesIn(country));
      lines.add(c.name());
      lines.add(c.address() + ",");
      lines.add(c.city() + ", " + printed(country));
      extra.add("Tel: +" + (10 + random.nextInt(89)) + " " + (1000000 + random.nextInt(8999999)));
      extra.add("Attn: Import Department");
      return;
    }
    lines.add(vi ? exporter.vi() : exporter.en());
    lines.add((vi ? exporter.streetVi() : exporter.streetEn()) + ",");
    lines.add((vi ? exporter.provinceVi() : exporter.provinceEn()) + ", " + printed(VIET_NAM));
    extra.add("Tel: " + exporter.phone());
    extra.add("Tax code: 0" + (300000000 + random.nextInt(600000000)));
    extra.add("Email: export@" + code.toLowerCase(Locale.ROOT) + ".com.vn");
  }

  /**
   * The country of the company that issues the invoice, chosen once so that its name and address
   * and its country field agree: a third country (neither Viet Nam nor the importing country) the
   * vocabulary has a company in.
   */
  private String invoicer() {
    if (invoicer == null) {
      List<String> third =
          words.consignees().keySet().stream()
              .sorted()
              .filter(c -> !c.equals(VIET_NAM) && !c.equals(importing))
              .filter(c -> catalogue.country(c).isPresent())
              .toList();
      invoicer = third.isEmpty() ? importing : pick(third);
    }
    return invoicer;
  }

  private String destinationCity() {
    List<Vocabulary.Consignee> c = words.consigneesIn(importing);
    return c.isEmpty() ? printed(importing) : c.get(0).city();
  }

  /** The name of {@code country} as this form prints it (the party's spelling), in capitals. */
  private String printed(String country) {
    return form.agreement()
        .party(country)
        .map(Party::printed)
        .or(() -> catalogue.country(country).map(c -> c.name().en()))
        .orElse(country)
        .toUpperCase(Locale.ROOT);
  }

  private String number(FieldSpec.Text spec) {
    String n =
        String.format(
            Locale.ROOT,
            "VN-%s %02d/%02d/%05d",
            importing,
            today.getYear() % 100,
            1 + random.nextInt(40),
            1 + random.nextInt(99999));
    return cut(n, spec.maxLength().orElse(n.length()));
  }

  /** A number shaped like the form's certificate number (its pattern rule, if any). */
  String certificateNumber() {
    return form.field(form.numberField())
        .map(
            f ->
                f.spec() instanceof FieldSpec.Text t
                    ? patternOf(f, false)
                        .flatMap(p -> regex.sample(p.regex(), random))
                        .orElseGet(() -> number(t))
                    : number(
                        new FieldSpec.Text(
                            java.util.OptionalInt.empty(), java.util.OptionalInt.empty())))
        .orElseGet(
            () ->
                number(
                    new FieldSpec.Text(
                        java.util.OptionalInt.empty(), java.util.OptionalInt.empty())));
  }

  String issuer() {
    return pick(words.issuers());
  }

  private Optional<PatternRule> patternOf(FieldDef f, boolean inRow) {
    for (Rule r : form.rules()) {
      if (r instanceof PatternRule p
          && p.header().fields().contains(f.id())
          && p.perRow() == inRow) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private String fill(String template, int row) {
    return template
        .replace("{CODE}", code)
        .replace("{DEST}", destinationCity())
        .replace("{N}", String.valueOf(100 + Math.max(row, 0) * 100 + random.nextInt(900)));
  }

  /**
   * The lines, plus extra lines when texts should be long, within the field's line and length
   * limits.
   */
  private String fit(List<String> base, List<String> extra, FieldSpec.Text spec) {
    int maxLines = spec.maxLines().orElse(spec.multiLine() ? 4 : 1);
    int maxLength = spec.maxLength().orElse(options.longTexts() ? 300 : 200);
    List<String> lines = new ArrayList<>(base);
    if (options.longTexts()) {
      for (String e : extra) {
        if (lines.size() < maxLines) {
          lines.add(e);
        } else {
          lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ", " + e);
        }
      }
      for (String p : extra.isEmpty() ? List.<String>of() : words.phrases()) {
        if (String.join("\n", lines).length() >= maxLength * 9 / 10) {
          break;
        }
        int last = lines.size() - 1;
        lines.set(last, lines.get(last) + ", " + fill(p, 0));
      }
    }
    while (lines.size() > maxLines) {
      String tail = lines.remove(lines.size() - 1);
      lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + tail);
    }
    return cut(String.join("\n", lines), maxLength);
  }

  private static String cut(String s, int maxLength) {
    if (s.length() <= maxLength) {
      return s;
    }
    String head = s.substring(0, maxLength);
    int space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
    String out = space > maxLength / 2 ? head.substring(0, space) : head;
    return out.replaceAll("[ ,\\n]+$", "");
  }

  private static List<String> lines(String s) {
    return s.lines().toList();
  }

  private static String words(FieldDef f) {
    return f.label().en().toLowerCase(Locale.ROOT);
  }

  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split(" ", -1)) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && out.length() < 4) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }
}
