package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.expr.ExpressionCompiler;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.layout.Align;
import vn.coforms.framework.model.layout.Background;
import vn.coforms.framework.model.layout.Column;
import vn.coforms.framework.model.layout.Continuation;
import vn.coforms.framework.model.layout.DataFace;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.FontSpec;
import vn.coforms.framework.model.layout.Layout;
import vn.coforms.framework.model.layout.Mm;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.model.layout.Point;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.SheetDef;
import vn.coforms.framework.model.layout.Stamp;
import vn.coforms.framework.model.layout.Stroke;
import vn.coforms.framework.model.layout.Template;
import vn.coforms.framework.model.rule.Condition;
import vn.coforms.framework.template.DataModel;
import vn.coforms.framework.template.TemplateEngine;

/**
 * Builds the layout and checks it: every element inside its page, ids unique, tick and table
 * bindings pointing at declared fields of the right type, content templates that compile and name
 * only declared fields, a continuation page of the right role.
 */
final class LayoutAssembler {
  private final Problems problems;
  private final List<FieldDef> fields;
  private final ExpressionCompiler expressions;
  private final TemplateEngine templates;
  private final DataModel dataModel;
  private final BoundCertificate probe;

  /** The smallest page side: a box label (7 pt) and a margin need about 10 mm. */
  static final double MIN_PAGE_MM = 10;

  /** The largest page side: A0's long side (1189 mm) with room to spare, far below PDF's limit. */
  static final double MAX_PAGE_MM = 1200;

  private double pageWidth;
  private double pageHeight;

  LayoutAssembler(
      Problems problems,
      List<FieldDef> fields,
      ExpressionCompiler expressions,
      TemplateEngine templates,
      DataModel dataModel,
      BoundCertificate probe) {
    this.problems = problems;
    this.fields = fields;
    this.expressions = expressions;
    this.templates = templates;
    this.dataModel = dataModel;
    this.probe = probe;
  }

  Layout layout(Node n) {
    pageWidth = pageSide(n.get("page"), "width", 210);
    pageHeight = pageSide(n.get("page"), "height", 297);
    FontSpec font = font(n.get("font"), 9);
    FontSpec labelFont = font(n.get("labelFont"), 7);
    List<PageDef> pages = new ArrayList<>();
    Map<String, Node> pageIds = new HashMap<>();
    for (Node p : n.list("pages")) {
      Node first = pageIds.putIfAbsent(p.text("id"), p);
      if (first != null) {
        problems.error(
            "layout.duplicate-page",
            p.get("id").valueAt(),
            "page id '" + p.text("id") + "' is declared twice",
            "rename one");
      }
      pages.add(
          new PageDef(
              p.text("id"),
              p.choice("role", PageRole.class, PageRole.FRONT, problems),
              elements(p)));
    }
    if (pages.stream().noneMatch(p -> p.role() == PageRole.FRONT)) {
      problems.error(
          "layout.front",
          n.get("pages").at(),
          "the layout has no page with role front",
          "mark the first page 'role: front'");
    }
    Optional<Continuation> continuation = n.opt("continuation").map(c -> continuation(c, pages));
    List<Node> pageNodes = n.list("pages");
    for (int i = 0; i < pages.size(); i++) {
      PageDef page = pages.get(i);
      if (page.role() == PageRole.CONTINUATION
          && continuation.filter(c -> c.page().equals(page.id())).isEmpty()) {
        problems.error(
            "layout.continuation",
            pageNodes.get(i).get("role").valueAt(),
            "page '"
                + page.id()
                + "' has role continuation, but the layout does not name it under"
                + " 'continuation:'"
                + continuation.map(c -> " (it names '" + c.page() + "')").orElse("")
                + ", so items that overflow the front page would print on copies of the front"
                + " page instead",
            "add 'continuation: { page: " + page.id() + " }' under layout, or remove the page");
      }
    }
    List<SheetDef> sheets =
        n.has("sheets") ? sheets(n.list("sheets"), pages, pageNodes) : sheets(pages, continuation);
    List<Stamp> stamps = new ArrayList<>();
    for (Node s : n.list("stamps")) {
      stamp(s, pages).ifPresent(stamps::add);
    }
    Optional<Background> background =
        n.opt("background").map(b -> new Background(b.text("kind"), b.text("color")));
    return new Layout(
        Mm.of(pageWidth),
        Mm.of(pageHeight),
        font,
        labelFont,
        n.strings("copies"),
        pages,
        sheets,
        continuation,
        stamps,
        background,
        n.choice("dataFace", DataFace.class, DataFace.MONO, problems));
  }

  /**
   * The sheets a layout without {@code sheets:} prints: each page on a sheet of its own, in the
   * order declared, with the continuation sheets straight after the front.
   */
  private static List<SheetDef> sheets(List<PageDef> pages, Optional<Continuation> continuation) {
    List<SheetDef> sheets = new ArrayList<>();
    Optional<String> next = continuation.map(Continuation::page);
    boolean frontPlaced = false;
    for (PageDef page : pages) {
      if (next.filter(page.id()::equals).isPresent() && page.role() != PageRole.FRONT) {
        continue;
      }
      sheets.add(new SheetDef(page.id(), Optional.empty()));
      if (page.role() == PageRole.FRONT && !frontPlaced) {
        frontPlaced = true;
        next.ifPresent(c -> sheets.add(new SheetDef(c, Optional.empty())));
      }
    }
    return sheets;
  }

  /**
   * The declared sheets, checked: the first sheet's front is the front page, every back is an
   * overleaf page, every page is printed on exactly one sheet.
   */
  private List<SheetDef> sheets(List<Node> nodes, List<PageDef> pages, List<Node> pageNodes) {
    List<SheetDef> sheets = new ArrayList<>();
    Map<String, String> placed = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node s = nodes.get(i);
      String front = s.text("front");
      Optional<String> back = s.has("back") ? Optional.of(s.text("back")) : Optional.empty();
      String sheet = "sheet " + (i + 1);
      boolean first = i == 0;
      sheetPage(s.get("front"), sheet, "front", pages, placed)
          .ifPresent(p -> checkFrontRole(s.get("front"), sheet, p, first));
      back.ifPresent(
          b ->
              sheetPage(s.get("back"), sheet, "back", pages, placed)
                  .filter(p -> p.role() != PageRole.OVERLEAF)
                  .ifPresent(
                      p ->
                          problems.error(
                              "layout.sheet",
                              s.get("back").valueAt(),
                              "the back of "
                                  + sheet
                                  + " is page '"
                                  + b
                                  + "', whose role is "
                                  + roleName(p)
                                  + "; a back holds what is printed overleaf",
                              "give page '" + b + "' 'role: overleaf', or leave the back out")));
      sheets.add(new SheetDef(front, back));
    }
    for (int i = 0; i < pages.size(); i++) {
      PageDef page = pages.get(i);
      if (!placed.containsKey(page.id())) {
        problems.error(
            "layout.sheet",
            pageNodes.get(i).get("id").valueAt(),
            "page '" + page.id() + "' is on none of the layout's sheets, so it is never printed",
            "add it under layout.sheets, as the front or the back of a sheet, or remove the page");
      }
    }
    return sheets;
  }

  /** The declared page a sheet names, noted as placed; reported when unknown or placed twice. */
  private Optional<PageDef> sheetPage(
      Node where, String sheet, String side, List<PageDef> pages, Map<String, String> placed) {
    String id = where.asText();
    Optional<PageDef> page = pages.stream().filter(p -> p.id().equals(id)).findFirst();
    if (page.isEmpty()) {
      problems.error(
          "layout.sheet",
          where.valueAt(),
          sheet
              + " prints page '"
              + id
              + "' on its "
              + side
              + ", which is not declared"
              + DidYouMean.hint(id, pages.stream().map(PageDef::id).toList()),
          "name a page declared under layout.pages");
      return Optional.empty();
    }
    String first = placed.putIfAbsent(id, sheet + " (" + side + ")");
    if (first != null) {
      problems.error(
          "layout.sheet",
          where.valueAt(),
          "page '"
              + id
              + "' is printed twice: on "
              + first
              + " and on "
              + sheet
              + " ("
              + side
              + ")",
          "print each page on one sheet; a continuation sheet is repeated as the items need");
    }
    return page;
  }

  private void checkFrontRole(Node where, String sheet, PageDef page, boolean first) {
    if (first && page.role() != PageRole.FRONT) {
      problems.error(
          "layout.sheet",
          where.valueAt(),
          "sheet 1 prints page '"
              + page.id()
              + "' on its front, but its role is "
              + roleName(page)
              + "; the first sheet carries the certificate's front page",
          "name the page with 'role: front' as the front of the first sheet");
    } else if (!first && page.role() == PageRole.FRONT) {
      problems.error(
          "layout.sheet",
          where.valueAt(),
          sheet
              + " prints the front page '"
              + page.id()
              + "', which belongs on the first sheet only",
          "put it on the first sheet's front and list the continuation and other sheets after");
    }
  }

  private static String roleName(PageDef page) {
    return page.role().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A side of the paper, within {@link #MIN_PAGE_MM}–{@link #MAX_PAGE_MM}; outside that range it is
   * reported and the default side is used so the elements can still be checked.
   */
  private double pageSide(Node page, String key, double fallback) {
    double mm = page.number(key, fallback);
    if (mm >= MIN_PAGE_MM && mm <= MAX_PAGE_MM) {
      return mm;
    }
    problems.error(
        "layout.page-size",
        page.get(key).valueAt(),
        String.format(
            Locale.ROOT,
            "page %s %s mm is outside %.0f–%.0f mm: certificates are printed on paper from A7"
                + " to A0 (841 × 1189 mm), and a PDF page cannot exceed 5080 mm",
            key,
            java.math.BigDecimal.valueOf(mm).stripTrailingZeros().toPlainString(),
            MIN_PAGE_MM,
            MAX_PAGE_MM),
        "give the paper size in millimetres, e.g. 'page: { width: 210, height: 297 }' for A4");
    return fallback;
  }

  private Continuation continuation(Node c, List<PageDef> pages) {
    String id = c.text("page");
    Optional<PageDef> page = pages.stream().filter(p -> p.id().equals(id)).findFirst();
    if (page.isEmpty()) {
      problems.error(
          "layout.continuation",
          c.get("page").valueAt(),
          "continuation page '"
              + id
              + "' is not declared"
              + DidYouMean.hint(id, pages.stream().map(PageDef::id).toList()),
          "name a page declared under layout.pages");
    } else if (page.get().role() != PageRole.CONTINUATION) {
      problems.error(
          "layout.continuation",
          c.get("page").valueAt(),
          "page '"
              + id
              + "' takes overflowing items but its role is "
              + page.get().role().name().toLowerCase(Locale.ROOT),
          "give it 'role: continuation'");
    } else if (page.get().elements().stream().noneMatch(e -> e instanceof Element.Table)) {
      problems.error(
          "layout.continuation",
          c.get("page").valueAt(),
          "continuation page '" + id + "' has no item table",
          "add a 'type: table' element bound to the item group");
    } else {
      checkSameColumns(pages, page.get());
    }
    return new Continuation(id, c.has("marker") ? Optional.of(c.text("marker")) : Optional.empty());
  }

  /**
   * A continuation table continues the front table's rows: the same group, and the same column
   * widths (a row split between the two keeps its wrapped lines). Its labels, cell templates and
   * footer are its own.
   */
  private void checkSameColumns(List<PageDef> pages, PageDef continuation) {
    Optional<Element.Table> front =
        pages.stream()
            .filter(p -> p.role() == PageRole.FRONT)
            .findFirst()
            .flatMap(
                p ->
                    p.elements().stream()
                        .filter(e -> e instanceof Element.Table)
                        .map(e -> (Element.Table) e)
                        .findFirst());
    Element.Table next =
        continuation.elements().stream()
            .filter(e -> e instanceof Element.Table)
            .map(e -> (Element.Table) e)
            .findFirst()
            .orElseThrow();
    if (front.isEmpty()) {
      return;
    }
    if (!next.group().equals(front.get().group())) {
      problems.error(
          "layout.continuation",
          next.at(),
          "continuation table '"
              + next.id()
              + "' lists group '"
              + next.group()
              + "' but it continues the front table's group '"
              + front.get().group()
              + "'",
          "give the continuation table 'group: " + front.get().group() + "'");
    }
    List<Double> a = front.get().columns().stream().map(col -> col.width().value()).toList();
    List<Double> b = next.columns().stream().map(col -> col.width().value()).toList();
    if (!a.equals(b)) {
      problems.error(
          "layout.continuation-columns",
          next.at(),
          "the columns of continuation table '"
              + next.id()
              + "' are "
              + b
              + " mm wide but the front table's are "
              + a
              + " mm",
          "give the continuation table the same columns as the front table");
    }
  }

  private Optional<Stamp> stamp(Node s, List<PageDef> pages) {
    String page = s.text("page");
    if (pages.stream().noneMatch(p -> p.id().equals(page))) {
      problems.error(
          "layout.stamp-page",
          s.get("page").valueAt(),
          "stamp '"
              + s.text("id")
              + "' is placed on page '"
              + page
              + "', which is not declared"
              + DidYouMean.hint(page, pages.stream().map(PageDef::id).toList()),
          "name a declared page");
    }
    Rect rect = rect(s.get("rect"));
    Template text = template(s.get("text"));
    checkTop(text);
    ExpressionCompiler.Compiled when =
        expressions.compile(s.text("when"), Optional.empty(), s.get("when").contentAt());
    problems.addAll(when.diagnostics());
    return Optional.of(
        new Stamp(
            s.text("id"),
            when.condition().orElse(Condition.ALWAYS),
            s.text("when"),
            text,
            page,
            rect,
            "typed".equals(s.text("style", "stamped"))));
  }

  private List<Element> elements(Node page) {
    List<Element> out = new ArrayList<>();
    Map<String, Node> ids = new HashMap<>();
    for (Node e : page.list("elements")) {
      if (e.has("id")) {
        Node first = ids.putIfAbsent(e.text("id"), e);
        if (first != null) {
          problems.error(
              "layout.duplicate-element",
              e.get("id").valueAt(),
              "element id '"
                  + e.text("id")
                  + "' appears twice on page '"
                  + page.text("id")
                  + "' (first at "
                  + first.at()
                  + ")",
              "rename one");
        }
      }
      element(e)
          .ifPresent(
              el -> {
                inside(el.bounds(), e, page.text("id"));
                out.add(el);
              });
    }
    return out;
  }

  private Optional<Element> element(Node e) {
    // an unknown type is the schema's diagnostic; every known one is built below
    return Element.Kind.ofYaml(e.text("type")).flatMap(kind -> element(kind, e));
  }

  private Optional<Element> element(Element.Kind kind, Node e) {
    SourceRef at = e.at();
    return switch (kind) {
      case BOX -> {
        Optional<Template> content = e.opt("content").map(this::template);
        content.ifPresent(this::checkTop);
        yield Optional.of(
            new Element.Box(
                e.text("id"),
                rect(e.get("rect")),
                e.text("label"),
                content,
                e.opt("font").map(f -> font(f, 9)),
                at));
      }
      case TEXT ->
          Optional.of(
              new Element.Text(
                  rect(e.get("rect")),
                  e.text("text"),
                  e.number("size", 9),
                  e.bool("bold", false),
                  align(e),
                  at));
      case FIELD -> {
        Template content = template(e.get("content"));
        checkTop(content);
        yield Optional.of(
            new Element.Field(
                rect(e.get("rect")),
                content,
                e.opt("font").map(f -> font(f, 9)),
                align(e),
                e.has("leader")
                    ? Optional.of(e.choice("leader", Stroke.class, Stroke.SOLID, problems))
                    : Optional.empty(),
                at));
      }
      case TICK -> {
        checkFieldType(e.get("field"), e.text("field"), FieldType.TICK, "tick box");
        yield Optional.of(
            new Element.Tick(rect(e.get("rect")), e.text("field"), e.text("label"), at));
      }
      case LINE ->
          Optional.of(
              new Element.Line(
                  point(e.get("from")),
                  point(e.get("to")),
                  e.choice("stroke", Stroke.class, Stroke.SOLID, problems),
                  at));
      case TABLE -> table(e);
      case COPY_LABEL -> Optional.of(new Element.CopyLabel(rect(e.get("rect")), at));
      case NOTES -> Optional.of(new Element.Notes(rect(e.get("rect")), at));
      case CRITERIA_TABLE -> Optional.of(new Element.CriteriaTable(rect(e.get("rect")), at));
      case PARTIES -> Optional.of(new Element.Parties(rect(e.get("rect")), at));
    };
  }

  private Optional<Element> table(Node e) {
    Optional<FieldDef> group =
        checkFieldType(e.get("group"), e.text("group"), FieldType.GROUP, "item table");
    Rect rect = rect(e.get("rect"));
    List<Column> columns = new ArrayList<>();
    double total = 0;
    for (Node c : e.list("columns")) {
      Template content = template(c.get("content"));
      group.ifPresent(
          g ->
              problems.addAll(
                  templates.check(
                      content,
                      dataModel.row(probe, "Original", g, probe.values().rows(g.id()).get(0), 1))));
      columns.add(
          new Column(c.text("box"), Mm.of(c.number("width", 1)), c.text("label"), content, c.at()));
      total += c.number("width", 1);
    }
    if (Math.abs(total - rect.width().value()) > 0.5) {
      problems.error(
          "layout.table-width",
          e.get("columns").at(),
          String.format(
              Locale.ROOT,
              "the columns of table '%s' add up to %.1f mm but the table is %.1f mm wide",
              e.text("id"),
              total,
              rect.width().value()),
          "make the column widths add up to the table width");
    }
    Optional<Element.Footer> footer =
        e.opt("footer")
            .map(
                f -> {
                  Template content = template(f.get("content"));
                  checkTop(content);
                  if (columns.stream().noneMatch(c -> c.box().equals(f.text("box")))) {
                    problems.error(
                        "layout.footer-column",
                        f.get("box").valueAt(),
                        "the footer of table '"
                            + e.text("id")
                            + "' goes into box '"
                            + f.text("box")
                            + "', which is none of its columns"
                            + DidYouMean.hint(
                                f.text("box"), columns.stream().map(Column::box).toList()),
                        "name the box of one of the table's columns");
                  }
                  return new Element.Footer(f.text("box"), content);
                });
    return Optional.of(
        new Element.Table(
            e.text("id"),
            rect,
            e.text("group"),
            Mm.of(e.number("headerHeight", 10)),
            columns,
            footer,
            "strike".equals(e.text("unused", "blank")),
            e.at()));
  }

  private Optional<FieldDef> checkFieldType(Node where, String id, FieldType type, String what) {
    Optional<FieldDef> f = fields.stream().filter(x -> x.id().equals(id)).findFirst();
    if (f.isEmpty()) {
      problems.error(
          "layout.unknown-field",
          where.valueAt(),
          what
              + " refers to field '"
              + id
              + "', which is not declared"
              + DidYouMean.hint(
                  id, fields.stream().filter(x -> x.type() == type).map(FieldDef::id).toList()),
          "declare a top-level " + type.yamlName() + " field '" + id + "' or fix the name");
    } else if (f.get().type() != type) {
      problems.error(
          "layout.field-type",
          where.valueAt(),
          what
              + " refers to '"
              + id
              + "', a "
              + f.get().type().yamlName()
              + " field; expected a "
              + type.yamlName()
              + " field",
          "bind it to a " + type.yamlName() + " field");
      return Optional.empty();
    }
    return f;
  }

  private void checkTop(Template t) {
    problems.addAll(templates.check(t, dataModel.of(probe, "Original")));
  }

  private Template template(Node n) {
    return new Template(n.asText(), n.contentAt());
  }

  private void inside(Rect r, Node e, String page) {
    if (!r.within(Mm.of(pageWidth), Mm.of(pageHeight))) {
      problems.error(
          "layout.outside-page",
          e.at(),
          String.format(
              Locale.ROOT,
              "%s element%s on page '%s' spans x %.1f–%.1f mm, y %.1f–%.1f mm: outside the %.0f×%.0f mm page",
              e.text("type"),
              e.has("id") ? " '" + e.text("id") + "'" : "",
              page,
              r.x().value(),
              r.right().value(),
              r.y().value(),
              r.bottom().value(),
              pageWidth,
              pageHeight),
          "move or shrink it so it lies within the page");
    }
  }

  private Rect rect(Node n) {
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      v[i] = n.json().path(i).asDouble(1);
    }
    if (v[2] <= 0 || v[3] <= 0) {
      problems.error(
          "layout.rect",
          n.valueAt(),
          String.format(
              Locale.ROOT, "rect width and height must be > 0 mm, were %s and %s", v[2], v[3]),
          "write [x, y, width, height] with a positive width and height");
      return Rect.of(v[0], v[1], Math.max(v[2], 1), Math.max(v[3], 1));
    }
    return Rect.of(v[0], v[1], v[2], v[3]);
  }

  private static Point point(Node n) {
    return Point.of(n.json().path(0).asDouble(), n.json().path(1).asDouble());
  }

  private FontSpec font(Node n, double fallback) {
    double size = n.number("size", fallback);
    double min = n.number("minSize", size);
    if (min > size) {
      problems.error(
          "layout.font",
          n.at(),
          "minSize " + min + " pt is larger than size " + size + " pt",
          "make minSize ≤ size");
      min = size;
    }
    return new FontSpec(size, min);
  }

  private Align align(Node e) {
    return e.choice("align", Align.class, Align.LEFT, problems);
  }
}
