package vn.coforms.renderer.pdf;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TrueTypeFont;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;

/**
 * Parsed fonts kept from one document to the next, instead of parsing the three faces for every
 * render. A parsed font is not thread-safe (it reads its tables lazily from one stream), so each
 * document borrows a set of its own and gives it back when saved; PDFBox only reads a font it
 * embeds as a subset and never closes it ({@code PDType0Font.load(doc, ttf, true)}). At most {@link
 * #MAX_IDLE} sets wait between documents; a set whose document failed is dropped.
 */
final class ParsedFonts {
  /** More sets than renders ever run at once on a small server; each holds about 2 MB. */
  static final int MAX_IDLE = 8;

  private final FontBook book;
  private final ConcurrentLinkedQueue<Map<Face, TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();

  ParsedFonts(FontBook book) {
    this.book = book;
  }

  /** A set of fonts for one document, parsed now or left by an earlier one. */
  Lease borrow() {
    Map<Face, TrueTypeFont> fonts = idle.poll();
    if (fonts == null) {
      return new Lease(new EnumMap<>(Face.class));
    }
    idleCount.decrementAndGet();
    return new Lease(fonts);
  }

  /** How many sets wait to be borrowed. */
  int idle() {
    return idleCount.get();
  }

  private void giveBack(Map<Face, TrueTypeFont> fonts) {
    if (idleCount.incrementAndGet() <= MAX_IDLE) {
      idle.offer(fonts);
    } else {
      idleCount.decrementAndGet();
      close(fonts);
    }
  }

  private static void close(Map<Face, TrueTypeFont> fonts) {
    for (TrueTypeFont f : fonts.values()) {
      try {
        f.close();
      } catch (IOException e) {
        // an in-memory font has nothing to release
      }
    }
  }

  /** The fonts one document uses: each face parsed on first use, kept for the next document. */
  final class Lease {
    private final Map<Face, TrueTypeFont> fonts;

    private Lease(Map<Face, TrueTypeFont> fonts) {
      this.fonts = fonts;
    }

    TrueTypeFont font(Face face) throws IOException {
      TrueTypeFont f = fonts.get(face);
      if (f == null) {
        f = book.openForEmbedding(face);
        fonts.put(face, f);
      }
      return f;
    }

    /** The document was saved: the fonts serve the next one. */
    void release() {
      giveBack(fonts);
    }

    /** The document failed half-way: its fonts are not trusted again. */
    void discard() {
      close(fonts);
    }
  }
}
