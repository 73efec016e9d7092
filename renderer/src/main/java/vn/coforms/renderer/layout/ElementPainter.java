package vn.coforms.renderer.layout;

import java.util.List;
import java.util.Optional;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Align;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.FontSpec;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.Stamp;
import vn.coforms.framework.model.layout.Template;
import vn.coforms.framework.template.DataModel;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Paints the non-table elements of one page: boxes, static text, fill-ins, ticks, rules, copy
 * labels, stamps.
 */
final class ElementPainter {
  /** How far a fill-in's baseline sits above the line it is written on, in millimetres. */
  static final double LEADER_GAP = 0.4;

  /**
   * The size every endorsement is printed at, in points; a longer wording shrinks only where it
   * would not fit its box at this size (down to {@link #ENDORSEMENT_MIN_PT}).
   */
  static final double ENDORSEMENT_PT = 10;

  static final double ENDORSEMENT_MIN_PT = 6;

  private final Sheet sheet;
  private final Texts texts;
  private final TemplateEngine templates;
  private final FormDefinition form;
  private final BoundCertificate certificate;
  private final DataModel data;
  private final String copy;
  private final int page;
  private final int pages;
  private final int annexPage;
  private final List<OverflowNote> overflow;
  private final List<Element> elements;

  ElementPainter(
      List<Element> elements,
      Sheet sheet,
      Texts texts,
      TemplateEngine templates,
      PageContext context,
      List<OverflowNote> overflow) {
    this.sheet = sheet;
    this.texts = texts;
    this.templates = templates;
    this.form = context.form();
    this.certificate = context.certificate();
    this.data = context.data();
    this.copy = context.copy();
    this.page = context.page();
    this.pages = context.pages();
    this.annexPage = context.annexPage();
    this.overflow = overflow;
    this.elements = List.copyOf(elements);
  }

  void field(Element.Field f) {
    FontSpec font = f.font().orElse(form.layout().font());
    String what = "fill-in at " + f.at();
    if (f.leader().isEmpty()) {
      content(f.content(), f.rect(), f.rect().y().value(), font, f.align(), what);
      return;
    }
    Rect r = f.rect();
    sheet.line(
        r.x().value(), r.bottom().value(), r.right().value(), r.bottom().value(), f.leader().get());
    String text = texts.nfc(templates.render(f.content(), data.of(certificate, copy, page, pages)));
    if (text.isBlank()) {
      return;
    }
    Face face = Face.forData(form.layout().dataFace()); // filled-in data, as in content()
    FittedText fit =
        texts
            .fitter(face)
            .fit(
                text,
                Sheet.innerWidth(r),
                r.height().value() - LEADER_GAP,
                font.size(),
                font.minSize());
    if (fit.overflows()) {
      content(f.content(), r, r.y().value(), font, f.align(), what);
      return;
    }
    double lh = FontMetrics.lineHeightMm(fit.sizePt());
    double top =
        r.bottom().value()
            - LEADER_GAP
            - texts.metrics(face).ascentMm(fit.sizePt())
            - (fit.lines().size() - 1) * lh;
    sheet.lines(fit.lines(), face, fit.sizePt(), r, top, f.align(), Mark.Ink.BLACK);
  }

  void line(Element.Line l) {
    sheet.line(
        l.from().x().value(),
        l.from().y().value(),
        l.to().x().value(),
        l.to().y().value(),
        l.stroke());
  }

  void copyLabel(Element.CopyLabel c) {
    fixed(copy, c.rect(), Face.BOLD, 10, Align.LEFT, "copy label", c.at());
  }

  void criteriaTable(Element.CriteriaTable e) {
    Rect r = e.bounds();
    form.criteria()
        .ifPresent(
            c ->
                pourAll(
                    NotesFlow.ofCriteria(
                        c, texts, r.width().value(), form.layout().labelFont().size()),
                    r,
                    "criteria table",
                    e.at()));
  }

  void parties(Element.Parties e) {
    Rect r = e.bounds();
    pourAll(
        NotesFlow.ofParties(
            form.agreement().parties(), texts, r.width().value(), form.layout().labelFont().size()),
        r,
        "party list",
        e.at());
  }

  void stamp(Stamp s) {
    Rect r = s.rect();
    Mark.Ink ink = s.typed() ? Mark.Ink.BLACK : Mark.Ink.STAMP;
    if (!s.typed()) {
      sheet.add(new Mark.Frame(r, 1.4, ink));
    }
    String text = texts.nfc(templates.render(s.text(), data.of(certificate, copy, page, pages)));
    FittedText fit =
        texts
            .fitter(Face.BOLD)
            .fit(
                text,
                Sheet.innerWidth(r),
                r.height().value() - 1,
                ENDORSEMENT_PT,
                ENDORSEMENT_MIN_PT);
    if (fit.overflows()) {
      throw new RenderException(
          "endorsement '"
              + s.id()
              + "' does not fit its rectangle "
              + PageModel.rect(r)
              + " even at "
              + ENDORSEMENT_MIN_PT
              + " pt");
    }
    double top =
        r.y().value()
            + (r.height().value() - fit.lines().size() * FontMetrics.lineHeightMm(fit.sizePt()))
                / 2;
    sheet.lines(fit.lines(), Face.BOLD, fit.sizePt(), r, top, Align.CENTER, ink);
  }

  void box(Element.Box b) {
    Rect r = b.rect();
    sheet.frame(r, 0.6);
    double top = r.y().value() + 0.6;
    if (!b.label().isBlank()) {
      FontSpec lf = form.layout().labelFont();
      FittedText label =
          texts
              .fitter(Face.REGULAR)
              .fit(
                  texts.nfc(b.label()),
                  Sheet.innerWidth(r),
                  r.height().value() - 1.2,
                  lf.size(),
                  lf.minSize());
      if (label.overflows()) {
        throw new RenderException(
            b.at(),
            "the label of box '"
                + b.id()
                + "' does not fit its rectangle even at "
                + lf.minSize()
                + " pt");
      }
      top =
          sheet.lines(
                  label.lines(), Face.REGULAR, label.sizePt(), r, top, Align.LEFT, Mark.Ink.BLACK)
              + 0.4;
    }
    double contentTop = top;
    b.content()
        .ifPresent(
            t ->
                content(
                    t,
                    r,
                    contentTop,
                    b.font().orElse(form.layout().font()),
                    Align.LEFT,
                    "Box " + b.id()));
  }

  /** Fills a template into the part of {@code r} below {@code top}; overflow goes to the annex. */
  private void content(Template t, Rect r, double top, FontSpec font, Align align, String what) {
    String text = texts.nfc(templates.render(t, data.of(certificate, copy, page, pages)));
    if (text.isBlank()) {
      return;
    }
    double height = r.bottom().value() - top - 0.4;
    Face face = Face.forData(form.layout().dataFace());
    FittedText fit =
        texts.fitter(face).fit(text, Sheet.innerWidth(r), height, font.size(), font.minSize());
    if (fit.overflows()) {
      double lh = FontMetrics.lineHeightMm(font.minSize());
      FittedText shorter =
          texts
              .fitter(face)
              .fit(text, Sheet.innerWidth(r), height - lh, font.minSize(), font.minSize());
      double y = sheet.lines(shorter.lines(), face, font.minSize(), r, top, align, Mark.Ink.BLACK);
      sheet.lines(
          List.of("(continued on page " + annexPage + ")"),
          Face.ITALIC,
          font.minSize(),
          r,
          y,
          Align.RIGHT,
          Mark.Ink.BLACK);
      overflow.add(new OverflowNote(what, OverflowNote.join(shorter.overflow())));
      return;
    }
    sheet.lines(fit.lines(), face, fit.sizePt(), r, top, align, Mark.Ink.BLACK);
  }

  /**
   * Static text is printed at its declared size, or not at all: shrinking a printed heading or
   * legal sentence changes the form, so text that does not fit at {@code size} is an error naming
   * the size it would fit at.
   */
  void text(Element.Text t) {
    String text = texts.nfc(t.text());
    if (text.isBlank()) {
      return;
    }
    Face face = t.bold() ? Face.BOLD : Face.REGULAR;
    Rect r = t.rect();
    FittedText fit =
        texts.fitter(face).fit(text, Sheet.innerWidth(r), r.height().value(), t.size(), t.size());
    if (fit.overflows()) {
      FittedText smaller =
          texts.fitter(face).fit(text, Sheet.innerWidth(r), r.height().value(), t.size(), 4);
      String problem =
          "static text '"
              + excerpt(text)
              + "' does not fit its rectangle "
              + declared(r)
              + " at its declared size of "
              + points(t.size())
              + " pt";
      String fix =
          smaller.overflows()
              ? "enlarge 'rect' or shorten 'text'; it does not fit even at 4 pt"
              : "enlarge 'rect', shorten 'text', or declare the size it fits at: 'size: "
                  + points(smaller.sizePt())
                  + "'";
      throw new RenderException(t.at(), problem, fix);
    }
    double used = fit.lines().size() * FontMetrics.lineHeightMm(fit.sizePt());
    double top = r.y().value() + Math.max(0, (r.height().value() - used) / 2);
    sheet.lines(fit.lines(), face, fit.sizePt(), r, top, t.align(), Mark.Ink.BLACK);
  }

  /** A rectangle as the form declares it: {@code [110, 26, 90, 6]}. */
  private static String declared(Rect r) {
    return "["
        + points(r.x().value())
        + ", "
        + points(r.y().value())
        + ", "
        + points(r.width().value())
        + ", "
        + points(r.height().value())
        + "]";
  }

  private static String points(double size) {
    return size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size);
  }

  private static String excerpt(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 50 ? line.substring(0, 47) + "..." : line;
  }

  /**
   * The copy label ("ORIGINAL", "DUPLICATE"): printed in bold 10 pt, shrunk if a long copy name
   * must be, never cut (a definition bug otherwise).
   */
  private void fixed(
      String raw, Rect r, Face face, double size, Align align, String what, SourceRef at) {
    String text = texts.nfc(raw);
    if (text.isBlank()) {
      return;
    }
    FittedText fit =
        texts
            .fitter(face)
            .fit(text, Sheet.innerWidth(r), r.height().value(), size, Math.max(4, size * 0.6));
    if (fit.overflows()) {
      throw new RenderException(
          at,
          what
              + " '"
              + text
              + "' does not fit its rectangle "
              + PageModel.rect(r)
              + " even at "
              + Math.max(4, size * 0.6)
              + " pt",
          "enlarge 'rect' of the copy label, or shorten the copy's name in 'layout.copies'");
    }
    double used = fit.lines().size() * FontMetrics.lineHeightMm(fit.sizePt());
    double top = r.y().value() + Math.max(0, (r.height().value() - used) / 2);
    sheet.lines(fit.lines(), face, fit.sizePt(), r, top, align, Mark.Ink.BLACK);
  }

  void tick(Element.Tick t) {
    Rect square = t.rect();
    sheet.frame(square, 0.5);
    if (certificate.values().ticked(t.field())) {
      sheet.add(new Mark.Check(square));
    }
    String label = texts.nfc(t.label());
    if (label.isBlank()) {
      return;
    }
    double x = square.right().value() + 0.6;
    double right =
        container(square)
            .map(b -> b.right().value() - 0.4)
            .orElse(form.layout().pageWidth().value() - 6);
    double width = right - x;
    double size = form.layout().labelFont().size() + 1;
    TextFitter fitter = texts.fitter(Face.REGULAR);
    double lineWidth = width - 2 * Sheet.PAD;
    List<String> lines =
        fitter
            .wrapKeepingTokens(label, lineWidth, size)
            .orElseThrow(
                () ->
                    new RenderException(
                        t.at(),
                        "the label of tick '"
                            + t.field()
                            + "' breaks the word '"
                            + widestWord(fitter, label, lineWidth, size)
                            + "' to fit the "
                            + String.format(java.util.Locale.ROOT, "%.1f", lineWidth)
                            + " mm between its square and the edge of its box at "
                            + points(size)
                            + " pt",
                        "move the tick square ('rect') left, widen the box that holds it, or"
                            + " shorten 'label'; tick labels print at 'layout.labelFont.size'"
                            + " + 1 pt"));
    double lh = FontMetrics.lineHeightMm(size);
    double top = square.y().value() + (square.height().value() - lh) / 2;
    Rect within = Rect.of(x, top, width, Math.max(lines.size(), 1) * lh);
    Optional<Rect> box = container(square);
    if (box.isPresent() && within.bottom().value() > box.get().bottom().value() + 0.05) {
      throw new RenderException(
          t.at(),
          "the label of tick '"
              + t.field()
              + "' takes "
              + lines.size()
              + " lines and runs "
              + String.format(
                  java.util.Locale.ROOT,
                  "%.1f",
                  within.bottom().value() - box.get().bottom().value())
              + " mm below the box that holds its square",
          "move the tick square ('rect') up or left, enlarge the box that holds it, or shorten"
              + " 'label'");
    }
    sheet.lines(lines, Face.REGULAR, size, within, top, Align.LEFT, Mark.Ink.BLACK);
  }

  /** The first word of {@code label} that must be broken between two letters to fit a line. */
  private static String widestWord(TextFitter fitter, String label, double width, double size) {
    for (String word : label.split("\\s+", -1)) {
      if (fitter.wrapKeepingTokens(word, width, size).isEmpty()) {
        return word;
      }
    }
    return label;
  }

  /** The smallest box on the page that holds the tick square: its label must stay inside it. */
  private Optional<Rect> container(Rect square) {
    return elements.stream()
        .filter(e -> e instanceof Element.Box)
        .map(Element::bounds)
        .filter(
            b ->
                b.x().value() <= square.x().value()
                    && b.right().value() >= square.right().value()
                    && b.y().value() <= square.y().value()
                    && b.bottom().value() >= square.bottom().value())
        .min(java.util.Comparator.comparingDouble(b -> b.width().value() * b.height().value()));
  }

  private void pourAll(NotesFlow flow, Rect r, String what, SourceRef at) {
    flow.pour(sheet, r);
    if (!flow.isEmpty()) {
      throw new RenderException(
          at, "the " + what + " does not fit its rectangle " + PageModel.rect(r));
    }
  }
}
