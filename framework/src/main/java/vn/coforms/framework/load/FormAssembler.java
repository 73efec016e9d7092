package vn.coforms.framework.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.expr.ExpressionCompiler;
import vn.coforms.framework.expr.FormFunction;
import vn.coforms.framework.expr.FormFunctions;
import vn.coforms.framework.model.Agreement;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.Criteria;
import vn.coforms.framework.model.DeferredDocuments;
import vn.coforms.framework.model.DossierCopies;
import vn.coforms.framework.model.Fee;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormShape;
import vn.coforms.framework.model.Issuance;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.LegalBasis;
import vn.coforms.framework.model.Note;
import vn.coforms.framework.model.NoteTable;
import vn.coforms.framework.model.Overleaf;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.Printed;
import vn.coforms.framework.model.Procedure;
import vn.coforms.framework.model.RequiredDocument;
import vn.coforms.framework.model.SourceInfo;
import vn.coforms.framework.model.Statement;
import vn.coforms.framework.model.TimeLimit;
import vn.coforms.framework.model.WorkingDays;
import vn.coforms.framework.model.layout.Layout;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.template.DataModel;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.framework.template.TemplateEngine;

/**
 * Turns one schema-checked form tree into a {@link FormDefinition}, collecting every semantic
 * problem.
 */
final class FormAssembler {
  private final Map<String, Country> countries;
  private static final java.util.regex.Pattern COUNTS_WORKING_DAYS =
      java.util.regex.Pattern.compile("\\b" + FormFunction.WORKING_DAYS_BETWEEN.id() + "\\s*\\(");
  private final Optional<WorkingDays> calendar;
  private final String calendarProblem;
  private final List<Node> commonRules;
  private final TemplateEngine templates;

  /**
   * @param calendar the holiday calendar; empty when it is missing or broken, and then no form
   *     whose rules count working days loads
   * @param calendarProblem why the calendar is empty, as the end of a sentence
   */
  FormAssembler(
      Map<String, Country> countries,
      Optional<WorkingDays> calendar,
      String calendarProblem,
      List<Node> commonRules,
      TemplateEngine templates) {
    this.countries = Map.copyOf(countries);
    this.calendar = calendar;
    this.calendarProblem = calendarProblem;
    this.commonRules = List.copyOf(commonRules);
    this.templates = templates;
  }

  record Assembled(Optional<FormDefinition> form, Problems problems) {}

  Assembled assemble(Node root, String expectedId) {
    Problems problems = new Problems();
    String id = root.text("id");
    if (!id.equals(expectedId)) {
      problems.error(
          "form.id",
          root.get("id").valueAt(),
          "form id '" + id + "' does not match the file name '" + expectedId + ".yaml'",
          "rename the file to " + id + ".yaml or set 'id: " + expectedId + "'");
    }
    FieldAssembler fieldAssembler = new FieldAssembler(problems);
    List<FieldDef> fields = fieldAssembler.fields(root.list("fields"), "form '" + id + "'");
    fieldAssembler.checkShadowing(fields);
    Optional<Criteria> criteria =
        root.opt("criteria").map(c -> new CriteriaAssembler(problems).criteria(c));
    checkCriterionFields(fields, criteria, problems);
    checkNumberField(root, fields, problems);
    Agreement agreement = agreement(root.get("agreement"), problems);
    Issuance issuance = issuance(root.get("issuance"), fields, problems);
    Optional<vn.coforms.framework.model.FormVersion> version =
        root.opt("version")
            .flatMap(v -> new VersionAssembler(problems).version(v, fields, agreement));

    ExpressionCompiler expressions =
        new ExpressionCompiler(
            fields, new FormFunctions(criteria, calendar.orElseGet(WorkingDays::none)));
    checkCalendar(commonRules, problems);
    checkCalendar(root.list("rules"), problems);
    RuleAssembler ruleAssembler = new RuleAssembler(problems, fields, expressions);
    List<Rule> rules = new ArrayList<>(ruleAssembler.rules(commonRules, "common"));
    // A version's rules are the form's: named after the id certificates name, whichever version.
    String rulePrefix = version.map(vn.coforms.framework.model.FormVersion::of).orElse(id);
    rules.addAll(ruleAssembler.rules(root.list("rules"), rulePrefix));

    Optional<Overleaf> overleaf = root.opt("overleaf").map(o -> overleaf(o, criteria, problems));
    // The layout's templates are checked against the data model of the fields, so the layout is
    // assembled from the form's shape, and the form is built once, whole, after it.
    Procedure procedure = procedure(root.get("procedure"), problems);
    FormShape shape = new FormShape(id, fields, agreement);
    Layout layout =
        new LayoutAssembler(
                problems,
                fields,
                expressions,
                templates,
                new DataModel(shape, countries),
                Placeholders.probe(shape))
            .layout(root.get("layout"));
    FormDefinition form =
        new FormDefinition(
            id,
            root.text("code"),
            root.bilingual("title"),
            source(root.get("source")),
            agreement,
            procedure,
            root.text("numberField"),
            fields,
            criteria,
            issuance,
            rules,
            layout,
            overleaf,
            root.at(),
            PrintedTexts.of(root),
            version);
    return new Assembled(problems.isEmpty() ? Optional.of(form) : Optional.empty(), problems);
  }

  private Agreement agreement(Node n, Problems problems) {
    List<Party> parties = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Node p : n.list("parties")) {
      String code = p.text("country");
      Country c = countries.get(code);
      if (c == null) {
        problems.error(
            "agreement.unknown-country",
            p.get("country").valueAt(),
            "party '"
                + code
                + "' is not among the countries declared in forms/common/ (under 'countries:')"
                + DidYouMean.hint(code, countries.keySet()),
            "add the country under 'countries:' in forms/common/ or fix the ISO code");
      }
      if (seen.contains(code)) {
        problems.error(
            "agreement.duplicate-party",
            p.get("country").valueAt(),
            "party '" + code + "' is listed twice",
            "remove one");
      }
      seen.add(code);
      String printed =
          p.has("printed")
              ? p.text("printed")
              : c == null ? code : c.name().en().toUpperCase(Locale.ROOT);
      parties.add(new Party(code, printed));
    }
    List<LegalBasis> basis = new ArrayList<>();
    for (Node b : n.list("legalBasis")) {
      basis.add(new LegalBasis(b.text("id"), b.date("date", problems), b.text("about")));
    }
    return new Agreement(
        n.text("id"), n.bilingual("name"), n.date("signed", problems), basis, parties);
  }

  private static Procedure procedure(Node n, Problems problems) {
    List<TimeLimit> limits = new ArrayList<>();
    for (Node t : n.list("timeLimits")) {
      limits.add(
          new TimeLimit(
              t.text("channel"),
              t.integer("hours").orElse(0),
              new Bilingual(t.text("en"), t.text("vi"))));
    }
    List<Fee> fees = new ArrayList<>();
    for (Node f : n.list("fees")) {
      Optional<LocalDate> from = f.date("from", problems);
      if (from.isEmpty()) {
        continue; // reported by date() or by the schema (from is required)
      }
      fees.add(
          new Fee(
              from.get(),
              f.date("to", problems),
              f.json().path("issue").asLong(),
              f.json().path("reissue").asLong(),
              f.text("currency"),
              f.text("source")));
    }
    List<Statement> refusal = new ArrayList<>();
    for (Node r : n.list("refusal")) {
      refusal.add(new Statement(new Bilingual(r.text("en"), r.text("vi")), r.text("source")));
    }
    List<RequiredDocument> documents = new ArrayList<>();
    for (Node d : n.list("documents")) {
      documents.add(new RequiredDocument(d.text("id"), new Bilingual(d.text("en"), d.text("vi"))));
    }
    Optional<DeferredDocuments> deferred =
        n.opt("deferred").map(d -> deferred(d, documents, problems));
    return new Procedure(
        n.text("code"),
        n.strings("channels"),
        n.bool("electronic", true),
        n.bool("paperOnly", false),
        limits,
        fees,
        refusal,
        documents,
        deferred,
        n.opt("validity").map(FormAssembler::statement),
        n.opt("inspection").map(FormAssembler::statement),
        n.opt("copies")
            .map(
                c ->
                    new DossierCopies(
                        c.integer("count").orElse(1), new Bilingual(c.text("en"), c.text("vi")))));
  }

  private static Statement statement(Node s) {
    return new Statement(new Bilingual(s.text("en"), s.text("vi")), s.text("source"));
  }

  /** The deferred documents, each of which must be one the dossier lists. */
  private static DeferredDocuments deferred(
      Node d, List<RequiredDocument> documents, Problems problems) {
    List<String> ids = documents.stream().map(RequiredDocument::id).toList();
    List<Node> named = d.list("documents");
    for (Node id : named) {
      if (!ids.contains(id.asText())) {
        problems.error(
            "procedure.deferred-document",
            id.valueAt(),
            "'procedure.deferred.documents' names '"
                + id.asText()
                + "', which 'procedure.documents' does not list",
            ids.isEmpty()
                ? "list the dossier under 'procedure.documents' first"
                : "name one of: " + String.join(", ", ids));
      }
    }
    return new DeferredDocuments(
        d.strings("documents"),
        d.integer("workingDays").orElse(0),
        new Bilingual(d.text("en"), d.text("vi")),
        d.text("source"));
  }

  private static Issuance issuance(Node n, List<FieldDef> fields, Problems problems) {
    List<IssuanceMode> modes = new ArrayList<>();
    for (Node m : n.list("modes")) {
      Optional<IssuanceMode> mode = IssuanceMode.fromJson(m.asText());
      if (mode.isPresent()) {
        modes.add(mode.get());
      } else {
        problems.error(
            "value.unknown",
            m.valueAt(),
            "'issuance.modes': '"
                + m.asText()
                + "' is not an issuance mode"
                + DidYouMean.hint(m.asText(), modeNames()),
            "write one of: " + String.join(", ", modeNames()));
      }
    }
    if (!modes.contains(IssuanceMode.NORMAL)) {
      problems.error(
          "issuance.normal",
          n.get("modes").at(),
          "the form does not allow normal issuance",
          "add 'normal' to issuance.modes");
    }
    Map<IssuanceMode, String> ticks = new EnumMap<>(IssuanceMode.class);
    n.get("ticks")
        .json()
        .properties()
        .forEach(
            e -> {
              String tick = e.getValue().asText();
              Node where = n.get("ticks").get(e.getKey());
              Optional<IssuanceMode> known = IssuanceMode.fromJson(e.getKey());
              if (known.isEmpty()) {
                problems.error(
                    "value.unknown",
                    where.at(),
                    "'issuance.ticks': '"
                        + e.getKey()
                        + "' is not an issuance mode"
                        + DidYouMean.hint(e.getKey(), modeNames()),
                    "write one of: " + String.join(", ", modeNames()));
                return;
              }
              IssuanceMode mode = known.get();
              Optional<FieldDef> f = fields.stream().filter(x -> x.id().equals(tick)).findFirst();
              if (f.isEmpty() || f.get().type() != FieldType.TICK) {
                problems.error(
                    "issuance.tick",
                    where.valueAt(),
                    "mode "
                        + e.getKey()
                        + " is mirrored by '"
                        + tick
                        + "', which is not a declared tick field"
                        + DidYouMean.hint(
                            tick,
                            fields.stream()
                                .filter(x -> x.type() == FieldType.TICK)
                                .map(FieldDef::id)
                                .toList()),
                    "name a top-level field of type tick");
              }
              if (!modes.contains(mode)) {
                problems.error(
                    "issuance.tick-mode",
                    where.at(),
                    "mode " + e.getKey() + " has a tick but is not in issuance.modes",
                    "add it to modes");
              }
              ticks.put(mode, tick);
            });
    return new Issuance(
        modes,
        ticks,
        dateFields(n, fields, problems),
        n.has("source") ? Optional.of(n.text("source")) : Optional.empty());
  }

  /** The fields named by {@code issuance.dateFields}: each a declared top-level date field. */
  private static List<String> dateFields(Node n, List<FieldDef> fields, Problems problems) {
    List<String> out = new ArrayList<>();
    for (Node d : n.list("dateFields")) {
      String id = d.asText();
      if (fields.stream().noneMatch(f -> f.id().equals(id) && f.type() == FieldType.DATE)) {
        problems.error(
            "issuance.date-field",
            d.valueAt(),
            "'issuance.dateFields' names '"
                + id
                + "', which is not a declared top-level date field"
                + DidYouMean.hint(
                    id,
                    fields.stream()
                        .filter(f -> f.type() == FieldType.DATE)
                        .map(FieldDef::id)
                        .toList()),
            "name a top-level field of type date");
      }
      out.add(id);
    }
    return out;
  }

  /**
   * Without the holiday calendar a rule that counts working days would count holidays as working
   * days and issue false findings, so a form with such a rule does not load.
   */
  private void checkCalendar(List<Node> rules, Problems problems) {
    if (calendar.isPresent()) {
      return;
    }
    for (Node rule : rules) {
      for (String key : List.of("when", "check")) {
        if (rule.has(key) && COUNTS_WORKING_DAYS.matcher(rule.text(key)).find()) {
          problems.error(
              "calendar.unavailable",
              rule.get(key).valueAt(),
              "rule '"
                  + rule.text("id")
                  + "' counts working days, but "
                  + calendarProblem
                  + "; a form that counts working days is not loaded without the holiday calendar",
              "fix or add the forms/common/ file that declares 'holidays:'");
        }
      }
    }
  }

  private static List<String> modeNames() {
    return java.util.Arrays.stream(IssuanceMode.values()).map(IssuanceMode::jsonName).toList();
  }

  /** Every field of type criterion, named by its path, needs the form's criteria grammar. */
  private static void checkCriterionFields(
      List<FieldDef> fields, Optional<Criteria> criteria, Problems problems) {
    if (criteria.isPresent()) {
      return;
    }
    for (FieldDef f : fields) {
      List<FieldDef> inner = f.isGroup() ? f.fields() : List.of(f);
      String prefix = f.isGroup() ? f.id() + "." : "";
      for (FieldDef c : inner) {
        if (c.type() == FieldType.CRITERION) {
          problems.error(
              "criteria.missing",
              c.at(),
              "field '"
                  + prefix
                  + c.id()
                  + "' has type criterion, but the form declares no 'criteria:' section, so"
                  + " its values cannot be checked",
              "add a 'criteria:' section with the origin-criterion grammar (see docs/format.md),"
                  + " or give '"
                  + c.id()
                  + "' another type");
        }
      }
    }
  }

  private static void checkNumberField(Node root, List<FieldDef> fields, Problems problems) {
    String number = root.text("numberField");
    if (fields.stream().noneMatch(f -> f.id().equals(number) && f.type() == FieldType.TEXT)) {
      problems.error(
          "form.number-field",
          root.get("numberField").valueAt(),
          "numberField '"
              + number
              + "' is not a declared top-level text field"
              + DidYouMean.hint(number, fields.stream().map(FieldDef::id).toList()),
          "name the text field that holds the certificate number");
    }
  }

  private static Overleaf overleaf(Node n, Optional<Criteria> criteria, Problems problems) {
    List<Note> notes = new ArrayList<>();
    for (Node note : n.list("notes")) {
      Optional<String> insert =
          note.has("insert") ? Optional.of(note.text("insert")) : Optional.empty();
      if (insert.filter("criteria"::equals).isPresent() && criteria.isEmpty()) {
        problems.error(
            "overleaf.insert",
            note.get("insert").valueAt(),
            "note "
                + note.text("number")
                + " inserts the criterion table but the form has no criteria",
            "declare 'criteria:' or remove the insert");
      }
      Optional<NoteTable> table = note.opt("table").map(t -> noteTable(note, t, problems));
      Optional<Printed> after = note.opt("after").map(a -> new Printed(a.asText(), a.contentAt()));
      notes.add(new Note(note.text("number"), note.text("text"), insert, table, after, note.at()));
    }
    return new Overleaf(n.text("title"), notes);
  }

  private static NoteTable noteTable(Node note, Node table, Problems problems) {
    List<NoteTable.Column> columns = new ArrayList<>();
    for (Node c : table.list("columns")) {
      columns.add(
          new NoteTable.Column(
              new Printed(c.text("heading"), c.get("heading").contentAt()), c.number("width", 1)));
    }
    List<List<Printed>> rows = new ArrayList<>();
    List<Node> rowNodes = table.list("rows");
    for (int i = 0; i < rowNodes.size(); i++) {
      Node row = rowNodes.get(i);
      List<Printed> cells = new ArrayList<>();
      for (Node cell : row.elements()) {
        cells.add(new Printed(cell.asText(), cell.contentAt()));
      }
      if (cells.size() != columns.size()) {
        problems.error(
            "overleaf.table",
            row.at(),
            "row "
                + (i + 1)
                + " of note "
                + note.text("number")
                + "'s table has "
                + cells.size()
                + " cell(s), but the table has "
                + columns.size()
                + " column(s)",
            "give every row one cell per column (an empty cell is \"\")");
      }
      rows.add(cells);
    }
    return new NoteTable(columns, rows, table.at());
  }

  private static SourceInfo source(Node n) {
    return new SourceInfo(n.text("seed"), n.text("lines"), n.text("template"));
  }
}
