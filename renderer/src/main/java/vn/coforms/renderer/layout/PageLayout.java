package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.SheetDef;
import vn.coforms.framework.model.layout.Stamp;
import vn.coforms.framework.model.value.Row;
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
  private final Texts texts;
  private final OverleafFits overleafFits = new OverleafFits();

  public PageLayout(FontBook fonts, TemplateEngine templates) {
    this.fonts = fonts;
    this.templates = templates;
    this.texts = new Texts(fonts);
  }

  /**
   * Lays out one copy of a certificate.
   *
   * @param countries the catalogue's countries, for country names the form's parties do not print
   * @param copy the copy label to print ("Original", "Duplicate", …)
   * @param watermarks what to print across every page (SPECIMEN, DRAFT), under the content
   * @param stampApplies decides whether a stamp's condition holds for this certificate
   */
  public PageModel layout(
      FormDefinition form,
      Map<String, Country> countries,
      BoundCertificate certificate,
      String copy,
      Set<Watermark> watermarks,
      Predicate<Stamp> stampApplies) {
    Job job = new Job(form, countries, certificate, copy, watermarks, stampApplies);
    return job.run();
  }

  /**
   * One page to paint: which declared page, which table of items ({@code slot}), whether it starts
   * its notes afresh and carries its stamps, or is the blank back of a sheet that declares none.
   */
  private record Instance(
      PageDef def, int slot, boolean startsNotes, boolean stamped, boolean blank) {}

  private final class Job {
    private final FormDefinition form;
    private final BoundCertificate certificate;
    private final String copy;
    private final Set<Watermark> watermarks;
    private final Predicate<Stamp> stampApplies;
    private final DataModel data;
    private final Optional<Element.Table> frontTable;
    private final PageDef front;
    private final PageDef continuation;
    private final boolean twoSided;
    private List<List<RowPiece>> tables = List.of(List.of());

    Job(
        FormDefinition form,
        Map<String, Country> countries,
        BoundCertificate certificate,
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
      this.twoSided = form.layout().twoSided();
    }

    PageModel run() {
      frontTable.ifPresent(t -> tables = paginateItems(t));
      List<Instance> plan = plan();
      int printed = (int) plan.stream().filter(in -> !in.blank()).count();
      List<OverflowNote> overflow = new ArrayList<>();
      List<Page> pages = paint(plan, printed, 0, overflow);
      if (!overflow.isEmpty()) {
        int annexPages = countAnnexPages(overflow);
        overflow.clear();
        pages = new ArrayList<>(paint(plan, printed + annexPages, annexPages, overflow));
        pages.addAll(annex(overflow, pages.size(), printed, printed + annexPages));
      }
      return new PageModel(form.id() + " " + certificate.values().text(form.numberField()), pages);
    }

    /**
     * The pages in the order they are printed: sheet by sheet, each front followed by its back, a
     * continuation sheet once for every table of items after the first; on a two-sided form every
     * sheet takes an even number of pages, a blank back where it declares none.
     */
    private List<Instance> plan() {
      List<Instance> plan = new ArrayList<>();
      for (SheetDef sheet : form.layout().sheets()) {
        PageDef face = form.layout().page(sheet.front()).orElseThrow();
        // a form without a continuation page repeats its front sheet for the items
        boolean repeated = same(face, front) && same(continuation, front);
        boolean continues = same(face, continuation) && !same(face, front);
        int times = repeated ? tables.size() : continues ? tables.size() - 1 : 1;
        for (int t = 0; t < times; t++) {
          int slot = same(face, front) ? t : continues ? t + 1 : -1;
          List<Instance> pages = new ArrayList<>(instances(face, slot, t == 0));
          sheet
              .back()
              .flatMap(form.layout()::page)
              .ifPresent(back -> pages.addAll(instances(back, -1, true)));
          if (twoSided && pages.size() % 2 == 1) {
            pages.add(new Instance(face, -1, false, false, true));
          }
          plan.addAll(pages);
        }
      }
      return plan;
    }

    /** A declared page once, or as many times as its notes need. */
    private List<Instance> instances(PageDef def, int slot, boolean first) {
      if (def.role() != PageRole.OVERLEAF || !hasNotes(def)) {
        // a page's endorsements print on every sheet it is printed on, notes on their first page
        return List.of(new Instance(def, slot, first, true, false));
      }
      List<Instance> pages = new ArrayList<>();
      int n = countNotePages(def);
      for (int i = 0; i < n; i++) {
        pages.add(new Instance(def, slot, i == 0, i == 0, false));
      }
      return pages;
    }

    /**
     * Paints the planned pages; printed pages are numbered 1 to {@code total} (blank backs are not
     * numbered), and the annex, {@code annexPages} long, is numbered last.
     */
    private List<Page> paint(
        List<Instance> plan, int total, int annexPages, List<OverflowNote> overflow) {
      List<Page> pages = new ArrayList<>();
      NotesFlow notes = null;
      int number = 0;
      boolean labelled = sheets(plan.size() + annexPages) > 1;
      for (int i = 0; i < plan.size(); i++) {
        Instance in = plan.get(i);
        Sheet sheet = new Sheet(fonts);
        if (in.blank()) {
          watermark(sheet); // a draft or specimen is marked on every page, blank backs too
          pages.add(page(i, Page.BLANK, in.def().role(), sheet));
          continue;
        }
        number++;
        if (hasNotes(in.def()) && in.startsNotes()) {
          notes =
              NotesFlow.ofNotes(
                  form, texts, notesRect(in.def()).width().value(), notesSize(in.def()));
        }
        if (same(in.def(), front) || same(in.def(), continuation)) {
          // the continuation sheet is printed on the same stock as the front
          form.layout().background().ifPresent(b -> Decorations.guilloche(sheet, b, form.layout()));
        }
        watermark(sheet);
        ElementPainter painter =
            new ElementPainter(
                in.def().elements(),
                sheet,
                texts,
                templates,
                new PageContext(
                    form, certificate, data, copy, number, total, total - annexPages + 1),
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
                          : Optional.empty(),
                      !more);
            }
            case NOTES -> {
              if (notes != null) {
                notes.pour(sheet, ((Element.Notes) e).rect());
              }
            }
          }
        }
        if (in.stamped()) {
          for (Stamp s : form.layout().stamps()) {
            if (s.page().equals(in.def().id()) && stampApplies.test(s)) {
              painter.stamp(s);
            }
          }
        }
        if (labelled && !PageNumber.numbersItself(in.def())) {
          new PageNumber(texts).paint(sheet, form, certificateNumber(), number, total);
        }
        pages.add(page(i, in.def().id(), in.def().role(), sheet));
      }
      return pages;
    }

    /** The certificate's number as its pages print it. */
    private String certificateNumber() {
      return texts.nfc(certificate.values().text(form.numberField()));
    }

    /** How many sheets of paper {@code pageCount} pages take. */
    private int sheets(int pageCount) {
      return twoSided ? (pageCount + 1) / 2 : pageCount;
    }

    /** The page at (0-based) position {@code index}, on its sheet and side. */
    private Page page(int index, String id, PageRole role, Sheet sheet) {
      return new Page(
          index + 1,
          id,
          role,
          twoSided ? index / 2 + 1 : index + 1,
          twoSided && index % 2 == 1 ? Side.BACK : Side.FRONT,
          form.layout().pageWidth().value(),
          form.layout().pageHeight().value(),
          sheet.marks());
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
      double band =
          form.layout().continuation().flatMap(c -> c.marker()).isPresent()
              ? FontMetrics.lineHeightMm(size) + RowPaginator.ROW_PAD
              : 0;
      return RowPaginator.paginate(rows, nextRows, size, firstBody, nextBody, band);
    }

    /**
     * The wrapped cells of every item row as {@code table} prints them, then its footer row (the
     * front table's footer where {@code table} declares none).
     */
    private List<List<Cell>> rows(Element.Table table, Element.Table front, double size) {
      FieldDef group = form.field(front.group()).orElseThrow();
      List<List<Cell>> rows = new ArrayList<>();
      List<Row> items = certificate.values().rows(group.id());
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

    private double notesSize(PageDef def) {
      return overleafFit(def).sizePt();
    }

    private int countNotePages(PageDef def) {
      return overleafFit(def).pages();
    }

    private OverleafFits.Fit overleafFit(PageDef def) {
      return overleafFits.fit(
          form,
          def,
          () -> {
            double size = fitNotesSize(def);
            return new OverleafFits.Fit(size, fitNotePages(def, size));
          });
    }

    /** The largest size, up to two points above the label size, at which the notes fit one page. */
    private double fitNotesSize(PageDef def) {
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

    private int fitNotePages(PageDef def, double size) {
      NotesFlow flow = NotesFlow.ofNotes(form, texts, notesRect(def).width().value(), size);
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

    /**
     * The annex pages, printed back to back after every sheet and numbered after the other printed
     * pages; on a two-sided form a blank back closes an odd count.
     */
    private List<Page> annex(List<OverflowNote> overflow, int already, int printed, int total) {
      NotesFlow flow = annexFlow(overflow);
      List<Page> pages = new ArrayList<>();
      int number = printed;
      while (!flow.isEmpty()) {
        Sheet sheet = new Sheet(fonts);
        watermark(sheet);
        flow.pour(sheet, annexRect());
        number++;
        new PageNumber(texts).paint(sheet, form, certificateNumber(), number, total);
        pages.add(page(already + pages.size(), "annex", PageRole.CONTINUATION, sheet));
      }
      if (twoSided && pages.size() % 2 == 1) {
        Sheet blank = new Sheet(fonts);
        watermark(blank);
        pages.add(page(already + pages.size(), Page.BLANK, PageRole.CONTINUATION, blank));
      }
      return pages;
    }

    private NotesFlow annexFlow(List<OverflowNote> overflow) {
      String title =
          "Form "
              + form.code()
              + " No. "
              + certificate.values().text(form.numberField())
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
