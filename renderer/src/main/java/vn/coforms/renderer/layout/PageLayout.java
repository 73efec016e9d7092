package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.Stamp;
import vn.coforms.framework.template.DataModel;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Lays a certificate out on its form's pages: the front page, as many continuation pages as the
 * items need, the overleaf (repeated while the notes flow on), and an annex for box text that does
 * not fit even at the minimum size. The only public entry point into {@code layout}.
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class PageLayout {
  private final FontBook fonts;
  private final TemplateEngine templates;
  private final Map<String, Country> countries;
  private final Texts texts;

  public PageLayout(FontBook fonts, TemplateEngine templates, Map<String, Country> countries) {
    this.fonts = fonts;
    this.templates = templates;
    this.countries = Map.copyOf(countries);
    this.texts = new Texts(fonts);
  }

  /**
   * Lays out one copy of a certificate.
   *
   * @param copy the copy label to print ("Original", "Duplicate", …)
   * @param watermarks what to print across every page (SPECIMEN, DRAFT), under the content
   * @param stampApplies decides whether a stamp's condition holds for this certificate
   */
  public PageModel layout(
      FormDefinition form,
      Certificate certificate,
      String copy,
      Set<Watermark> watermarks,
      Predicate<Stamp> stampApplies) {
    Job job = new Job(form, certificate, copy, watermarks, stampApplies);
    return job.run();
  }

  /** One page to paint: which declared page, which table of items, whether it carries notes. */
  private record Instance(PageDef def, int slot, boolean firstOfItsKind) {}

  private final class Job {
    private final FormDefinition form;
    private final Certificate certificate;
    private final String copy;
    private final Set<Watermark> watermarks;
    private final Predicate<Stamp> stampApplies;
    private final DataModel data;
    private final Optional<Element.Table> frontTable;
    private final PageDef front;
    private final PageDef continuation;
    private List<List<RowPiece>> tables = List.of(List.of());

    Job(
        FormDefinition form,
        Certificate certificate,
        String copy,
        Set<Watermark> watermarks,
        Predicate<Stamp> stampApplies) {
      this.form = form;
      this.certificate = certificate;
      this.copy = copy;
      this.watermarks = Set.copyOf(watermarks);
      this.stampApplies = stampApplies;
      this.data = new DataModel(form, countries);
      this.front = form.layout().pages(PageRole.FRONT).get(0);
      this.frontTable = table(front);
      this.continuation =
          form.layout().continuation().flatMap(c -> form.layout().page(c.page())).orElse(front);
    }

    PageModel run() {
      frontTable.ifPresent(t -> tables = paginateItems(t));
      List<Instance> plan = plan();
      List<OverflowNote> overflow = new ArrayList<>();
      List<Page> pages = paint(plan, plan.size(), overflow);
      if (!overflow.isEmpty()) {
        int annexPages = countAnnexPages(overflow);
        overflow.clear();
        pages = new ArrayList<>(paint(plan, plan.size() + annexPages, overflow));
        pages.addAll(annex(overflow, pages.size()));
      }
      return new PageModel(form.id() + " " + certificate.text(form.numberField()), pages);
    }

    private List<Instance> plan() {
      List<Instance> plan = new ArrayList<>();
      for (PageDef def : form.layout().pages()) {
        if (same(def, continuation) && !same(def, front)) {
          continue;
        }
        if (same(def, front)) {
          plan.add(new Instance(def, 0, true));
          for (int slot = 1; slot < tables.size(); slot++) {
            plan.add(new Instance(continuation, slot, slot == 1));
          }
        } else if (def.role() == PageRole.OVERLEAF && hasNotes(def)) {
          int n = countNotePages(def);
          for (int i = 0; i < n; i++) {
            plan.add(new Instance(def, -1, i == 0));
          }
        } else {
          plan.add(new Instance(def, -1, true));
        }
      }
      return plan;
    }

    private List<Page> paint(List<Instance> plan, int total, List<OverflowNote> overflow) {
      List<Page> pages = new ArrayList<>();
      NotesFlow notes = null;
      for (int i = 0; i < plan.size(); i++) {
        Instance in = plan.get(i);
        if (hasNotes(in.def()) && in.firstOfItsKind()) {
          notes =
              NotesFlow.ofNotes(
                  form, texts, notesRect(in.def()).width().value(), notesSize(in.def()));
        }
        Sheet sheet = new Sheet(fonts);
        if (same(in.def(), front)) {
          form.layout().background().ifPresent(b -> Decorations.guilloche(sheet, b, form.layout()));
        }
        watermark(sheet);
        ElementPainter painter =
            new ElementPainter(
                in.def().elements(),
                sheet,
                texts,
                templates,
                new PageContext(form, certificate, data, copy, i + 1, total, plan.size() + 1),
                overflow);
        for (Element e : in.def().elements()) {
          // every kind is handled here, with no default: a new kind does not compile until it is
          switch (e.kind()) {
            case BOX -> painter.box((Element.Box) e);
            case TEXT -> painter.text((Element.Text) e);
            case FIELD -> painter.field((Element.Field) e);
            case TICK -> painter.tick((Element.Tick) e);
            case LINE -> painter.line((Element.Line) e);
            case COPY_LABEL -> painter.copyLabel((Element.CopyLabel) e);
            case CRITERIA_TABLE -> painter.criteriaTable((Element.CriteriaTable) e);
            case PARTIES -> painter.parties((Element.Parties) e);
            case TABLE -> {
              int slot = Math.max(in.slot(), 0);
              List<RowPiece> rows = slot < tables.size() ? tables.get(slot) : List.of();
              boolean more = slot + 1 < tables.size();
              new TablePainter(sheet, texts, form)
                  .paint(
                      (Element.Table) e,
                      rows,
                      more
                          ? form.layout().continuation().flatMap(c -> c.marker())
                          : Optional.empty());
            }
            case NOTES -> {
              if (notes != null) {
                notes.pour(sheet, ((Element.Notes) e).rect());
              }
            }
          }
        }
        if (in.firstOfItsKind()) {
          for (Stamp s : form.layout().stamps()) {
            if (s.page().equals(in.def().id()) && stampApplies.test(s)) {
              painter.stamp(s);
            }
          }
        }
        pages.add(
            new Page(
                i + 1,
                in.def().id(),
                in.def().role(),
                form.layout().pageWidth().value(),
                form.layout().pageHeight().value(),
                sheet.marks()));
      }
      return pages;
    }

    /** The page-wide marks asked for, drawn first so the content prints over them. */
    private void watermark(Sheet sheet) {
      double w = form.layout().pageWidth().value();
      double h = form.layout().pageHeight().value();
      if (watermarks.contains(Watermark.SPECIMEN)) {
        Decorations.specimen(sheet, texts, w, h);
      }
      if (watermarks.contains(Watermark.DRAFT)) {
        Decorations.draft(sheet, texts, w, h);
      }
    }

    /**
     * Lays every item row out twice: with the front table's column templates and with the
     * continuation table's own, so a continuation sheet prints what its columns say.
     */
    private List<List<RowPiece>> paginateItems(Element.Table table) {
      Element.Table next = table(continuation).orElse(table);
      double size = form.layout().font().size();
      List<List<Cell>> rows = rows(table, table, size);
      List<List<Cell>> nextRows = same(continuation, front) ? rows : rows(next, table, size);
      double firstBody = body(table);
      double nextBody = body(next);
      List<List<RowPiece>> result =
          RowPaginator.paginate(rows, nextRows, size, firstBody, nextBody);
      if (result.size() > 1 && form.layout().continuation().flatMap(c -> c.marker()).isPresent()) {
        result =
            RowPaginator.paginate(
                rows,
                nextRows,
                size,
                firstBody - FontMetrics.lineHeightMm(size) - RowPaginator.ROW_PAD,
                nextBody);
      }
      return result;
    }

    /**
     * The wrapped cells of every item row as {@code table} prints them, then its footer row (the
     * front table's footer where {@code table} declares none).
     */
    private List<List<Cell>> rows(Element.Table table, Element.Table front, double size) {
      FieldDef group = form.field(front.group()).orElseThrow();
      List<List<Cell>> rows = new ArrayList<>();
      List<Map<String, Object>> items = certificate.rows(group.id());
      for (int r = 0; r < items.size(); r++) {
        List<Cell> cells = new ArrayList<>();
        var model = data.row(certificate, copy, group, items.get(r), r + 1);
        for (var column : table.columns()) {
          String text = texts.nfc(templates.render(column.content(), model));
          cells.add(cell(text, column.width().value(), size));
        }
        rows.add(cells);
      }
      table
          .footer()
          .or(front::footer)
          .flatMap(footer -> footerRow(table, footer, size))
          .ifPresent(rows::add);
      return rows;
    }

    /**
     * A cell's text wrapped to its column at the table's size, or smaller where that keeps every
     * token whole; lines are still spaced at the table's size, so rows paginate as before.
     */
    private Cell cell(String text, double columnWidth, double size) {
      return Cell.of(
          texts
              .fitter(Face.forData(form.layout().dataFace()))
              .fitWidth(
                  text,
                  columnWidth - 2 * Sheet.PAD,
                  size,
                  Math.min(size, form.layout().font().minSize())));
    }

    /**
     * The footer as one more row: its text in its column, the other columns empty; none when blank.
     */
    private Optional<List<Cell>> footerRow(
        Element.Table table, Element.Footer footer, double size) {
      String text = texts.nfc(templates.render(footer.content(), data.of(certificate, copy)));
      if (text.isBlank()) {
        return Optional.empty();
      }
      List<Cell> cells = new ArrayList<>();
      for (var column : table.columns()) {
        cells.add(
            column.box().equals(footer.box())
                ? cell(text, column.width().value(), size)
                : Cell.empty(size));
      }
      return Optional.of(cells);
    }

    private double body(Element.Table t) {
      return t.rect().height().value() - t.headerHeight().value();
    }

    /** The largest size, up to two points above the label size, at which the notes fit one page. */
    private double notesSize(PageDef def) {
      double base = form.layout().labelFont().size();
      for (double size = base + 2; size > base; size -= 0.5) {
        NotesFlow flow = NotesFlow.ofNotes(form, texts, notesRect(def).width().value(), size);
        flow.pour(new Sheet(fonts), notesRect(def));
        if (flow.isEmpty()) {
          return size;
        }
      }
      return base;
    }

    private int countNotePages(PageDef def) {
      NotesFlow flow =
          NotesFlow.ofNotes(form, texts, notesRect(def).width().value(), notesSize(def));
      int n = 0;
      while (!flow.isEmpty()) {
        flow.pour(new Sheet(fonts), notesRect(def));
        n++;
      }
      return Math.max(n, 1);
    }

    private int countAnnexPages(List<OverflowNote> overflow) {
      NotesFlow flow = annexFlow(overflow);
      int n = 0;
      while (!flow.isEmpty()) {
        flow.pour(new Sheet(fonts), annexRect());
        n++;
      }
      return n;
    }

    private List<Page> annex(List<OverflowNote> overflow, int already) {
      NotesFlow flow = annexFlow(overflow);
      List<Page> pages = new ArrayList<>();
      while (!flow.isEmpty()) {
        Sheet sheet = new Sheet(fonts);
        watermark(sheet);
        flow.pour(sheet, annexRect());
        pages.add(
            new Page(
                already + pages.size() + 1,
                "annex",
                PageRole.CONTINUATION,
                form.layout().pageWidth().value(),
                form.layout().pageHeight().value(),
                sheet.marks()));
      }
      return pages;
    }

    private NotesFlow annexFlow(List<OverflowNote> overflow) {
      String title =
          "Form "
              + form.code()
              + " No. "
              + certificate.text(form.numberField())
              + " - continuation of boxes";
      return NotesFlow.ofAnnex(
          title,
          overflow,
          texts,
          Face.forData(form.layout().dataFace()),
          annexRect().width().value(),
          form.layout().font().minSize());
    }

    private Rect annexRect() {
      return Rect.of(
          10, 10, form.layout().pageWidth().value() - 20, form.layout().pageHeight().value() - 20);
    }

    private Rect notesRect(PageDef def) {
      return def.elements().stream()
          .filter(e -> e instanceof Element.Notes)
          .map(Element::bounds)
          .findFirst()
          .orElseThrow();
    }
  }

  private static Optional<Element.Table> table(PageDef def) {
    return def.elements().stream()
        .filter(e -> e instanceof Element.Table)
        .map(e -> (Element.Table) e)
        .findFirst();
  }

  /** Page ids are unique within a form (checked at load). */
  private static boolean same(PageDef a, PageDef b) {
    return a.id().equals(b.id());
  }

  private static boolean hasNotes(PageDef def) {
    return def.elements().stream().anyMatch(e -> e instanceof Element.Notes);
  }
}
