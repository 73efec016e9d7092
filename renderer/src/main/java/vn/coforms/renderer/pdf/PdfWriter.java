package vn.coforms.renderer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import vn.coforms.framework.model.layout.Mm;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;

/**
 * Draws a page model with PDFBox and saves it as PDF/A-3b. The only class that touches {@link
 * PDPageContentStream}. Thread-safe: every call builds its own document.
 */
public final class PdfWriter {
  /** The distance between the dots of a dotted leader: about 0.7 mm, as a typed "……" row. */
  private static final float DOT_PITCH_PT = 2f;

  private final ParsedFonts parsed;

  public PdfWriter(FontBook fonts) {
    this.parsed = new ParsedFonts(fonts);
  }

  public byte[] write(PageModel model, PdfMetadata meta) {
    ParsedFonts.Lease lease = parsed.borrow();
    boolean saved = false;
    try (PDDocument doc = new PDDocument()) {
      Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
      for (Page page : model.pages()) {
        float heightPt = Mm.of(page.heightMm()).toPoints();
        PDPage pdPage = new PDPage(new PDRectangle(Mm.of(page.widthMm()).toPoints(), heightPt));
        doc.addPage(pdPage);
        try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
          for (Mark m : page.marks()) {
            draw(doc, cs, m, heightPt, lease, loaded);
          }
        }
      }
      doc.setVersion(1.7f);
      PdfA.conform(doc, meta);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      doc.save(out);
      saved = true;
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF for " + meta.title(), e);
    } finally {
      if (saved) {
        lease.release();
      } else {
        lease.discard();
      }
    }
  }

  private static void draw(
      PDDocument doc,
      PDPageContentStream cs,
      Mark m,
      float pageHeight,
      ParsedFonts.Lease lease,
      Map<Face, PDType0Font> loaded)
      throws IOException {
    switch (m.kind()) {
      case TEXT -> text(doc, cs, (Mark.Text) m, pageHeight, lease, loaded);
      case LINE -> line(cs, (Mark.Line) m, pageHeight);
      case FRAME -> frame(cs, (Mark.Frame) m, pageHeight);
      case CHECK -> check(cs, (Mark.Check) m, pageHeight);
      case POLYLINE -> polyline(cs, (Mark.Polyline) m, pageHeight);
    }
  }

  private static void text(
      PDDocument doc,
      PDPageContentStream cs,
      Mark.Text t,
      float pageHeight,
      ParsedFonts.Lease lease,
      Map<Face, PDType0Font> loaded)
      throws IOException {
    PDType0Font font = font(doc, t.face(), lease, loaded);
    cs.beginText();
    cs.setFont(font, (float) t.sizePt());
    ink(cs, t.ink(), false);
    float x = Mm.of(t.x()).toPoints();
    float y = pageHeight - Mm.of(t.baseline()).toPoints();
    if (t.angleDeg() != 0) {
      cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(t.angleDeg()), x, y));
    } else {
      cs.newLineAtOffset(x, y);
    }
    cs.showText(t.text());
    cs.endText();
  }

  private static void line(PDPageContentStream cs, Mark.Line l, float pageHeight)
      throws IOException {
    if (l.dotted()) {
      cs.saveGraphicsState();
      cs.setLineCapStyle(1); // round caps: each zero-length dash is a round dot
      cs.setLineDashPattern(new float[] {0, DOT_PITCH_PT}, 0);
    }
    stroke(cs, l.widthPt(), l.ink());
    cs.moveTo(Mm.of(l.x1()).toPoints(), pageHeight - Mm.of(l.y1()).toPoints());
    cs.lineTo(Mm.of(l.x2()).toPoints(), pageHeight - Mm.of(l.y2()).toPoints());
    cs.stroke();
    if (l.dotted()) {
      cs.restoreGraphicsState();
    }
  }

  private static void frame(PDPageContentStream cs, Mark.Frame f, float pageHeight)
      throws IOException {
    stroke(cs, f.widthPt(), f.ink());
    Rect r = f.rect();
    cs.addRect(
        r.x().toPoints(),
        pageHeight - r.bottom().toPoints(),
        r.width().toPoints(),
        r.height().toPoints());
    cs.stroke();
  }

  private static void check(PDPageContentStream cs, Mark.Check check, float pageHeight)
      throws IOException {
    Rect s = check.square();
    stroke(cs, 1.2, Mark.Ink.BLACK);
    double x = s.x().value();
    double y = s.y().value();
    double w = s.width().value();
    double h = s.height().value();
    cs.moveTo(Mm.of(x + 0.18 * w).toPoints(), pageHeight - Mm.of(y + 0.55 * h).toPoints());
    cs.lineTo(Mm.of(x + 0.42 * w).toPoints(), pageHeight - Mm.of(y + 0.82 * h).toPoints());
    cs.lineTo(Mm.of(x + 0.85 * w).toPoints(), pageHeight - Mm.of(y + 0.18 * h).toPoints());
    cs.stroke();
  }

  private static void polyline(PDPageContentStream cs, Mark.Polyline p, float pageHeight)
      throws IOException {
    stroke(cs, p.widthPt(), p.ink());
    boolean first = true;
    for (double[] pt : p.points()) {
      float x = Mm.of(pt[0]).toPoints();
      float y = pageHeight - Mm.of(pt[1]).toPoints();
      if (first) {
        cs.moveTo(x, y);
        first = false;
      } else {
        cs.lineTo(x, y);
      }
    }
    cs.stroke();
  }

  private static PDType0Font font(
      PDDocument doc, Face face, ParsedFonts.Lease lease, Map<Face, PDType0Font> loaded)
      throws IOException {
    PDType0Font f = loaded.get(face);
    if (f == null) {
      f = PDType0Font.load(doc, lease.font(face), true);
      loaded.put(face, f);
    }
    return f;
  }

  private static void stroke(PDPageContentStream cs, double widthPt, Mark.Ink ink)
      throws IOException {
    cs.setLineWidth((float) widthPt);
    ink(cs, ink, true);
  }

  private static void ink(PDPageContentStream cs, Mark.Ink ink, boolean stroking)
      throws IOException {
    float r = ink.red() / 255f;
    float g = ink.green() / 255f;
    float b = ink.blue() / 255f;
    if (stroking) {
      cs.setStrokingColor(r, g, b);
    } else {
      cs.setNonStrokingColor(r, g, b);
    }
  }
}
