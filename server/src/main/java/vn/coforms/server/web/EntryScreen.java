package vn.coforms.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.validate.Finding;

/**
 * Builds the model of one entry screen from the form definition, the screen's values and the
 * findings of a check: boxes in the form's order, one control per field type, item rows, the
 * issuance mode, each finding next to its control and in the error summary. The model is maps,
 * lists and strings only, for {@code entry.ftlh}; no per-form code.
 */
final class EntryScreen {
  private static final Pattern NUMBERED = Pattern.compile("[0-9]{1,2}[a-z]?");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9 /+-]{1,20}");

  private final Catalogue catalogue;
  private final FormDefinition form;
  private final Language language;
  private final Texts texts;

  /** The inline errors of each field view, by its id ({@code f-items-0-fob}). */
  private final Map<String, List<String>> errorsById = new LinkedHashMap<>();

  /** The control a summary link of each field view goes to (an amount's number). */
  private final Map<String, String> firstById = new LinkedHashMap<>();

  /** The field id of the first field of each box, for findings that name only a box. */
  private final Map<String, String> firstOfBox = new LinkedHashMap<>();

  private final List<Map<String, Object>> summary = new ArrayList<>();

  EntryScreen(Catalogue catalogue, FormDefinition form, Language language, Texts texts) {
    this.catalogue = catalogue;
    this.form = form;
    this.language = language;
    this.texts = texts;
  }

  /**
   * The page model.
   *
   * @param findings the findings of a check, empty when none was made or it passed
   * @param checked whether a check was made (shows "no findings" when it passed)
   * @param notices problems that are no finding (a data file that did not open), shown first in the
   *     summary, linking to the file control
   */
  Map<String, Object> model(
      ScreenValues values, List<Finding> findings, boolean checked, List<String> notices) {
    List<Map<String, Object>> sections = new ArrayList<>();
    sections.add(issuance(values));
    List<Map<String, Object>> run = new ArrayList<>();
    @Nullable String box = null;
    for (FieldDef f : form.fields()) {
      if (f.isGroup()) {
        flush(sections, box, run);
        run = new ArrayList<>();
        box = null;
        sections.add(group(f, (FieldSpec.Group) f.spec(), values));
        continue;
      }
      if (box != null && !box.equals(f.box())) {
        flush(sections, box, run);
        run = new ArrayList<>();
      }
      box = f.box();
      run.add(field(f, f.id(), values));
    }
    flush(sections, box, run);
    for (String notice : notices) {
      summary.add(link("data-file", notice));
    }
    for (Finding finding : findings) {
      place(finding);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sections", sections);
    m.put("summary", summary);
    m.put("passed", checked && findings.isEmpty() && notices.isEmpty());
    m.put("rowTemplate", rowTemplate());
    return m;
  }

  private void flush(
      List<Map<String, Object>> sections, @Nullable String box, List<Map<String, Object>> run) {
    if (run.isEmpty() || box == null) {
      return;
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", "box");
    s.put("heading", boxName(box));
    s.put("fields", List.copyOf(run));
    sections.add(s);
  }

  /** "Ô 7" for a numbered box; a box with a name ("Reference No.") is shown by its name. */
  private String boxName(String box) {
    return NUMBERED.matcher(box).matches() ? texts.get(language, "entry.box", box) : box;
  }

  private Map<String, Object> issuance(ScreenValues values) {
    List<Map<String, Object>> fields = new ArrayList<>();
    Map<String, Object> mode = base("issuance", ScreenValues.MODE, t("issuance.mode"), "");
    mode.put("kind", "select");
    List<Map<String, Object>> options = new ArrayList<>();
    for (IssuanceMode m : form.issuance().modes()) {
      options.add(option(m.jsonName(), t("mode." + m.jsonName()), values.get(ScreenValues.MODE)));
    }
    mode.put("options", options);
    mode.put("value", values.get(ScreenValues.MODE));
    fields.add(mode);
    for (String[] linked :
        new String[][] {
          {ScreenValues.LINKED_NUMBER, "issuance.linked.number", "text"},
          {ScreenValues.LINKED_DATE, "issuance.linked.date", "date"},
          {ScreenValues.LINKED_ISSUER, "issuance.linked.issuer", "text"}
        }) {
      Map<String, Object> c = base("issuance", linked[0], t(linked[1]), "");
      String value = values.get(linked[0]);
      c.put("value", value);
      c.put("kind", linked[2].equals("date") && !isDate(value) ? "text" : linked[2]);
      c.put("linked", true);
      fields.add(c);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", "issuance");
    s.put("heading", t("issuance.title"));
    s.put("fields", fields);
    s.put("linkedNote", t("issuance.linked.note"));
    s.put("linkedModes", String.join(" ", linkedModes()));
    firstOfBox.put("issuance", ControlIds.of(ScreenValues.MODE));
    return s;
  }

  private List<String> linkedModes() {
    List<String> modes = new ArrayList<>();
    for (IssuanceMode m : form.issuance().modes()) {
      if (m == IssuanceMode.CERTIFIED_TRUE_COPY
          || m == IssuanceMode.REPLACEMENT
          || m == IssuanceMode.BACK_TO_BACK) {
        modes.add(m.jsonName());
      }
    }
    return modes;
  }

  private Map<String, Object> group(FieldDef g, FieldSpec.Group spec, ScreenValues values) {
    Map<String, Object> s = new LinkedHashMap<>();
    String id = ControlIds.of(g.id());
    s.put("kind", "group");
    s.put("id", id);
    s.put("group", g.id());
    s.put("legend", t("entry.items") + " · " + label(g.label()));
    s.put("errorId", id + "-error");
    List<String> errors = new ArrayList<>();
    s.put("errors", errors);
    errorsById.put(id, errors);
    firstById.put(id, id);
    List<Map<String, Object>> rows = new ArrayList<>();
    int count = values.rows(g.id());
    for (int i = 0; i < count; i++) {
      rows.add(row(g, spec, String.valueOf(i), i + 1, values, true));
    }
    s.put("rows", rows);
    s.put("canAdd", count < spec.maxItems());
    s.put("noRows", t("entry.noRows"));
    return s;
  }

  private Map<String, Object> row(
      FieldDef g,
      FieldSpec.Group spec,
      String index,
      Object number,
      ScreenValues values,
      boolean register) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", "row-" + index);
    row.put("index", index);
    row.put("legend", texts.get(language, "entry.row", number));
    row.put("removeLabel", texts.get(language, "action.removeRow", number));
    List<Map<String, Object>> fields = new ArrayList<>();
    for (FieldDef child : spec.fields()) {
      Map<String, Object> view = field(child, g.id() + "[" + index + "]." + child.id(), values);
      if (String.valueOf(view.get("label")).equals(view.get("printed"))) {
        view.put("printed", ""); // in English the label is the printed one: say it once
      }
      view.put("label", boxName(child.box()) + " · " + view.get("label"));
      if (!register) {
        errorsById.remove(String.valueOf(view.get("id")));
      }
      fields.add(view);
    }
    row.put("fields", fields);
    return row;
  }

  /**
   * The row the script clones to add one in place: its index is {@code 999999}, which the script
   * replaces.
   */
  private Map<String, Object> rowTemplate() {
    for (FieldDef f : form.fields()) {
      if (f.spec() instanceof FieldSpec.Group g) {
        return row(f, g, "999999", "999999", ScreenValues.empty(form), false);
      }
    }
    return Map.of();
  }

  /**
   * A text area for text of several lines, and for any value that holds a line break (a one-line
   * input would drop it); a one-line input for short text such as a reference or invoice number.
   */
  static boolean needsTextArea(FieldSpec.Text text, String value) {
    return value.indexOf('\n') >= 0
        || (text.multiLine() && text.maxLength().orElse(Integer.MAX_VALUE) > SHORT_TEXT);
  }

  /** The longest text offered a one-line input when its field allows line breaks. */
  static final int SHORT_TEXT = 60;

  private Map<String, Object> field(FieldDef f, String name, ScreenValues values) {
    Map<String, Object> c = base(f.box(), name, label(f.label()), f.label().en());
    c.put("required", f.required());
    List<String> hints = hints(f);
    String value = values.get(name);
    FieldSpec spec = f.spec();
    if (spec instanceof FieldSpec.Text text) {
      c.put("kind", needsTextArea(text, value) ? "textarea" : "text");
      text.maxLength().ifPresent(n -> c.put("maxlength", String.valueOf(n)));
      c.put("rows", String.valueOf(Math.min(8, text.maxLines().orElse(2))));
    } else if (spec instanceof FieldSpec.Date) {
      boolean date = isDate(value);
      c.put("kind", date ? "date" : "text");
      if (!date) {
        hints.add(t("entry.hint.notPrinted"));
      }
    } else if (spec instanceof FieldSpec.Country country) {
      c.put("kind", "select");
      c.put("options", countries(country.withinParties(), value));
    } else if (spec instanceof FieldSpec.HsCode hs) {
      c.put("kind", "text");
      c.put("inputmode", "numeric");
      hints.add(texts.get(language, "entry.hint.digits", hs.describe()));
    } else if (spec instanceof FieldSpec.Criterion) {
      c.put("kind", "text");
      c.put("datalist", ControlIds.of(form.id()) + "-criteria");
      form.criteria()
          .ifPresent(
              cr ->
                  hints.add(
                      texts.get(
                          language,
                          "entry.hint.criterion",
                          String.join(
                              "; ", cr.kinds().stream().map(CriterionKind::insert).toList()))));
    } else if (spec instanceof FieldSpec.Percent) {
      c.put("kind", "text");
      c.put("inputmode", "decimal");
      c.put("number", true);
      hints.add(t("entry.hint.percent"));
    } else if (spec instanceof FieldSpec.Choice choice) {
      c.put("kind", "select");
      List<Map<String, Object>> options = new ArrayList<>();
      options.add(option("", t("entry.choose"), value));
      for (String v : choice.values()) {
        options.add(option(v, v, value));
      }
      keepUnlisted(options, value);
      c.put("options", options);
    } else if (spec instanceof FieldSpec.Tick) {
      boolean tick = value.isEmpty() || value.equals("true") || value.equals("false");
      c.put("kind", tick ? "checkbox" : "text");
      c.put("checked", value.equals("true"));
      c.put("tickLabel", t("entry.tick"));
    } else if (spec instanceof FieldSpec.Quantity || spec instanceof FieldSpec.Money) {
      boolean money = spec instanceof FieldSpec.Money;
      String[] parts = ScreenValues.parts(f.type()).orElseThrow();
      c.put("kind", "amount");
      List<Map<String, Object>> controls = new ArrayList<>();
      Map<String, Object> number =
          base(f.box(), name + "." + parts[0], t(money ? "entry.amount" : "entry.quantity"), "");
      number.put("value", values.get(name + "." + parts[0]));
      number.put("inputmode", "decimal");
      number.put("number", true);
      Map<String, Object> unit =
          base(f.box(), name + "." + parts[1], t(money ? "entry.currency" : "entry.unit"), "");
      unit.put("value", values.get(name + "." + parts[1]));
      unit.put("maxlength", "20");
      controls.add(number);
      controls.add(unit);
      c.put("parts", controls);
      firstById.put(ControlIds.of(name), ControlIds.of(name + "." + parts[0]));
    }
    if (f.readOnly()) {
      hints.add(0, t("entry.readOnly"));
    }
    c.put("value", value);
    c.put("hints", hints);
    c.put("describedBy", c.get("hintId") + " " + c.get("errorId"));
    return c;
  }

  private Map<String, Object> base(String box, String name, String label, String printed) {
    Map<String, Object> c = new LinkedHashMap<>();
    String id = ControlIds.of(name);
    c.put("id", id);
    c.put("name", name);
    c.put("label", label);
    c.put("printed", printed);
    c.put("hintId", id + "-hint");
    c.put("errorId", id + "-error");
    c.put("describedBy", id + "-hint " + id + "-error");
    c.put("hints", new ArrayList<String>());
    List<String> errors = new ArrayList<>();
    c.put("errors", errors);
    c.put("kind", "text");
    errorsById.put(id, errors);
    firstById.put(id, id);
    firstOfBox.putIfAbsent(box, id);
    return c;
  }

  private String label(Bilingual label) {
    return language == Language.VI ? label.vi() : label.en();
  }

  private List<String> hints(FieldDef f) {
    List<String> hints = new ArrayList<>();
    f.hint()
        .ifPresent(
            h -> {
              hints.add(language == Language.VI ? h.vi() : h.en());
              hints.add(language == Language.VI ? h.en() : h.vi());
            });
    if (f.spec() instanceof FieldSpec.Text text) {
      text.maxLength().ifPresent(n -> hints.add(texts.get(language, "entry.hint.maxLength", n)));
      text.maxLines().ifPresent(n -> hints.add(texts.get(language, "entry.hint.lines", n)));
    }
    return hints;
  }

  private List<Map<String, Object>> countries(boolean withinParties, String value) {
    List<Map<String, Object>> options = new ArrayList<>();
    options.add(option("", t("entry.choose"), value));
    for (Party p : form.agreement().parties()) {
      options.add(option(p.country(), p.printed() + " (" + p.country() + ")", value));
    }
    if (!withinParties) {
      catalogue.countries().values().stream()
          .filter(c -> form.agreement().party(c.code()).isEmpty())
          .sorted(java.util.Comparator.comparing(Country::code))
          .forEach(
              c -> options.add(option(c.code(), label(c.name()) + " (" + c.code() + ")", value)));
    }
    keepUnlisted(options, value);
    return options;
  }

  /** A value no option offers (typed in a data file) stays selectable, so it is never lost. */
  private static void keepUnlisted(List<Map<String, Object>> options, String value) {
    if (options.stream().noneMatch(o -> value.equals(o.get("value")))) {
      options.add(option(value, value, value));
    }
  }

  private static Map<String, Object> option(String value, String text, String current) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("value", value);
    o.put("text", text);
    o.put("selected", value.equals(current));
    return o;
  }

  /** The criterion kinds a form offers in its datalist: those written as a fixed code. */
  List<Map<String, Object>> criterionOptions() {
    List<Map<String, Object>> out = new ArrayList<>();
    form.criteria()
        .ifPresent(
            cr ->
                cr.kinds().stream()
                    .filter(k -> LITERAL.matcher(k.pattern().pattern()).matches())
                    .forEach(
                        k -> {
                          Map<String, Object> o = new LinkedHashMap<>();
                          o.put("value", k.pattern().pattern());
                          o.put("text", k.circumstance().lines().findFirst().orElse(""));
                          out.add(o);
                        }));
    return out;
  }

  private void place(Finding finding) {
    String message = language == Language.VI ? finding.message().vi() : finding.message().en();
    String id =
        target(finding)
            .orElseGet(() -> firstOfBox.values().stream().findFirst().orElse("f-issuance-mode"));
    List<String> errors = errorsById.get(id);
    if (errors != null) {
      errors.add(message);
    }
    summary.add(link(firstById.getOrDefault(id, id), message));
  }

  /**
   * The id of the view a finding belongs to: its field, else the nearest enclosing one (an item
   * row's group), else the first field of its box.
   */
  private Optional<String> target(Finding finding) {
    String path = finding.field();
    while (!path.isEmpty()) {
      String id = ControlIds.of(path);
      if (errorsById.containsKey(id)) {
        return Optional.of(id);
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut < 0 ? "" : path.substring(0, cut);
    }
    return Optional.ofNullable(firstOfBox.get(finding.box()));
  }

  private static Map<String, Object> link(String target, String message) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("href", "#" + target);
    l.put("message", message);
    return l;
  }

  private String t(String key) {
    return texts.get(language, key);
  }

  private static boolean isDate(String value) {
    if (value.isEmpty()) {
      return true;
    }
    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return false;
    }
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
