package vn.coforms.renderer.layout;

import java.util.List;
import java.util.Locale;
import vn.coforms.framework.model.layout.Rect;

/**
 * The laid-out certificate: every page with every mark. It is what the PDF writer draws and what
 * tests approve as text ({@link #describe()}), so layout is testable without pixels.
 */
public record PageModel(String title, List<Page> pages) {
  public PageModel {
    pages = List.copyOf(pages);
  }

  /** A stable, line-per-mark description: the approved text form of the layout. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("document ").append(title).append('\n');
    for (Page p : pages) {
      sb.append(
          String.format(
              Locale.ROOT,
              "page %d %s (%s) sheet %d %s %.1fx%.1f mm%n",
              p.number(),
              p.pageId(),
              p.role().name().toLowerCase(Locale.ROOT),
              p.sheet(),
              p.side().name().toLowerCase(Locale.ROOT),
              p.widthMm(),
              p.heightMm()));
      for (Mark m : p.marks()) {
        sb.append("  ").append(describe(m)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String describe(Mark m) {
    return switch (m.kind()) {
      case TEXT -> text((Mark.Text) m);
      case LINE -> line((Mark.Line) m);
      case FRAME -> frame((Mark.Frame) m);
      case CHECK -> "check " + rect(((Mark.Check) m).square());
      case POLYLINE -> polyline((Mark.Polyline) m);
    };
  }

  private static String text(Mark.Text t) {
    return String.format(
        Locale.ROOT,
        "text %s %.2fpt @%.2f,%.2f%s%s \"%s\"",
        t.face().name().toLowerCase(Locale.ROOT),
        t.sizePt(),
        t.x(),
        t.baseline(),
        t.angleDeg() == 0 ? "" : " rot" + (int) t.angleDeg(),
        t.ink().equals(Mark.Ink.BLACK) ? "" : " " + ink(t.ink()),
        t.text().replace("\"", "\\\""));
  }

  private static String line(Mark.Line l) {
    return String.format(
        Locale.ROOT,
        "line %.2f,%.2f-%.2f,%.2f %.2fpt%s",
        l.x1(),
        l.y1(),
        l.x2(),
        l.y2(),
        l.widthPt(),
        l.dotted() ? " dotted" : "");
  }

  private static String frame(Mark.Frame f) {
    return "frame "
        + rect(f.rect())
        + String.format(Locale.ROOT, " %.2fpt", f.widthPt())
        + (f.ink().equals(Mark.Ink.BLACK) ? "" : " " + ink(f.ink()));
  }

  private static String polyline(Mark.Polyline p) {
    return String.format(Locale.ROOT, "polyline %d points %s", p.points().size(), ink(p.ink()));
  }

  static String rect(Rect r) {
    return String.format(
        Locale.ROOT,
        "[%.2f %.2f %.2f %.2f]",
        r.x().value(),
        r.y().value(),
        r.width().value(),
        r.height().value());
  }

  private static String ink(Mark.Ink i) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", i.red(), i.green(), i.blue());
  }
}
