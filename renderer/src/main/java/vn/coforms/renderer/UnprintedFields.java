package vn.coforms.renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Column;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.Stamp;
import vn.coforms.framework.model.layout.Template;

/**
 * Finds declared fields that no element of the layout prints: a value the exporter fills in and the
 * certificate never shows. A warning, since a field may be meant for the rules alone.
 */
final class UnprintedFields {
  static final String CODE = "layout.unprinted-field";

  private UnprintedFields() {}

  /**
   * A warning on each field that no template names ({@code ${id}}, {@code ${idName}} for a country,
   * {@code ${item.id}} in a row), no tick prints and, for a group, no table lists.
   */
  static List<Diagnostic> of(FormDefinition form) {
    List<String> sources = new ArrayList<>();
    Set<String> ticks = new java.util.HashSet<>();
    Set<String> tables = new java.util.HashSet<>();
    for (PageDef page : form.layout().pages()) {
      for (Element e : page.elements()) {
        if (e instanceof Element.Box b) {
          b.content().ifPresent(t -> sources.add(t.source()));
        } else if (e instanceof Element.Field f) {
          sources.add(f.content().source());
        } else if (e instanceof Element.Tick t) {
          ticks.add(t.field());
        } else if (e instanceof Element.Table t) {
          tables.add(t.group());
          t.columns().stream().map(Column::content).map(Template::source).forEach(sources::add);
          t.footer().ifPresent(f -> sources.add(f.content().source()));
        }
      }
    }
    form.layout().stamps().stream().map(Stamp::text).map(Template::source).forEach(sources::add);
    String printed = String.join("\n", sources);
    List<Diagnostic> out = new ArrayList<>();
    for (FieldDef f : form.fields()) {
      if (f.type() == FieldType.GROUP) {
        if (!tables.contains(f.id())) {
          out.add(warning(f, f.id(), "no table lists its rows", "add a 'type: table' element"));
          continue;
        }
        for (FieldDef c : f.fields()) {
          if (!named(printed, "item\\." + Pattern.quote(c.id()))) {
            out.add(
                warning(
                    c,
                    f.id() + "." + c.id(),
                    "no column of the '" + f.id() + "' table names ${item." + c.id() + "}",
                    "print it in a column, e.g. content: \"${item." + c.id() + "}\""));
          }
        }
      } else if (!ticks.contains(f.id())
          && !named(printed, "(?<![\\w.])" + Pattern.quote(f.id()))) {
        out.add(
            warning(
                f,
                f.id(),
                f.type() == FieldType.TICK
                    ? "no tick element prints it and no template names ${" + f.id() + "}"
                    : "no template names ${" + f.id() + "}",
                f.type() == FieldType.TICK
                    ? "add '{ type: tick, field: " + f.id() + ", ... }' to a page"
                    : "print it in a box, e.g. content: \"${" + f.id() + "}\""));
      }
    }
    return out;
  }

  private static boolean named(String printed, String reference) {
    return Pattern.compile(reference + "(Name)?(?!\\w)").matcher(printed).find();
  }

  private static Diagnostic warning(FieldDef f, String path, String why, String fix) {
    return new Diagnostic(
        Severity.WARNING,
        CODE,
        f.at(),
        "field '" + path + "' is declared but printed nowhere: " + why,
        fix + ", or remove the field if the certificate does not need it");
  }
}
