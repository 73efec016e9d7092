package vn.coforms.renderer.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts (Liberation Serif from {@code openpdf-fonts-extra}), never system fonts: their
 * bytes for embedding and their metrics for layout. Immutable and thread-safe once built.
 */
public final class FontBook {
  private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
  private final Map<Face, FontMetrics> metrics = new EnumMap<>(Face.class);
  private final boolean keepGsub;

  private FontBook(boolean keepGsub) {
    this.keepGsub = keepGsub;
  }

  /** Loads the faces from the classpath. */
  public static FontBook fromClasspath() {
    return load(false);
  }

  /**
   * Loads the faces but embeds them with their GSUB table, as PDFBox would by default. Only for the
   * benchmark that measures what dropping GSUB saves; the output is the same (see the proof test).
   */
  public static FontBook fromClasspathKeepingGsub() {
    return load(true);
  }

  private static FontBook load(boolean keepGsub) {
    FontBook book = new FontBook(keepGsub);
    for (Face face : Face.values()) {
      byte[] data = read(face.resource());
      book.bytes.put(face, data);
      book.metrics.put(face, measure(data, face));
    }
    return book;
  }

  public FontMetrics metrics(Face face) {
    return java.util.Objects.requireNonNull(metrics.get(face), "every face is loaded");
  }

  /**
   * Parses a fresh font for one document, without its GSUB table.
   *
   * <p>PDFBox 3 runs GSUB substitution through regular expressions on every {@code showText} with a
   * Type 0 font that has a GSUB table. Liberation's GSUB holds only {@code ccmp} (composition of
   * base letters with combining marks) for Latin; certificate text is NFC and Vietnamese letters
   * are precomposed, so the substitution never changes a glyph — a test proves it on every sample.
   */
  public TrueTypeFont openForEmbedding(Face face) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(face)));
    if (!keepGsub) {
      ttf.getTableMap().remove("GSUB");
    }
    return ttf;
  }

  /** Parses a fresh font with all its tables (used to prove that dropping GSUB changes nothing). */
  public TrueTypeFont openComplete(Face face) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(face)));
  }

  private static FontMetrics measure(byte[] data, Face face) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      float unitsPerEm = ttf.getUnitsPerEm();
      float[] advance = new float[0x10000];
      for (int cp = 0; cp < advance.length; cp++) {
        int gid = cmap.getGlyphId(cp);
        advance[cp] = gid == 0 ? -1 : ttf.getAdvanceWidth(gid) / unitsPerEm;
      }
      double ascent = ttf.getHorizontalHeader().getAscender() / unitsPerEm;
      return new FontMetrics(advance, ascent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + face.resource(), e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = FontBook.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "font "
                + resource
                + " is not on the classpath (com.github.librepdf:openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }
}
