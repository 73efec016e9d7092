package vn.coforms.renderer.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bundled fonts (Liberation Serif from {@code openpdf-fonts-extra}), never system fonts: their
 * bytes for embedding and their metrics for layout. Each face is read and measured the first time
 * it is needed (a server that has not rendered yet has read none), or all at once by {@link
 * #loadAll}. Thread-safe.
 */
public final class FontBook {
  private final Map<Face, LoadedFace> faces = new ConcurrentHashMap<>();
  private final Function<String, byte[]> source;
  private final boolean keepGsub;

  /** One face: its bytes (never changed) and the metrics measured from them. */
  private static final class LoadedFace {
    private final byte[] bytes;
    private final FontMetrics metrics;

    LoadedFace(byte[] bytes, FontMetrics metrics) {
      this.bytes = bytes;
      this.metrics = metrics;
    }

    byte[] bytes() {
      return bytes;
    }

    FontMetrics metrics() {
      return metrics;
    }
  }

  FontBook(Function<String, byte[]> source, boolean keepGsub) {
    this.source = source;
    this.keepGsub = keepGsub;
  }

  /** The faces from the classpath, each read when it is first needed. */
  public static FontBook fromClasspath() {
    return new FontBook(FontBook::read, false);
  }

  /**
   * The faces from the classpath, embedded with their GSUB table, as PDFBox would by default. Only
   * for the benchmark that measures what dropping GSUB saves; the output is the same (see the proof
   * test).
   */
  public static FontBook fromClasspathKeepingGsub() {
    return new FontBook(FontBook::read, true);
  }

  /**
   * Reads and measures every face now, so that the first certificate drawn does not wait for them
   * ({@code serve} calls it in the background once it listens).
   */
  public void loadAll() {
    for (Face face : Face.values()) {
      face(face);
    }
  }

  public FontMetrics metrics(Face face) {
    return face(face).metrics();
  }

  private LoadedFace face(Face face) {
    return faces.computeIfAbsent(
        face,
        f -> {
          byte[] data = source.apply(f.resource());
          return new LoadedFace(data, measure(data, f));
        });
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
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face(face).bytes()));
    if (!keepGsub) {
      ttf.getTableMap().remove("GSUB");
    }
    return ttf;
  }

  /** Parses a fresh font with all its tables (used to prove that dropping GSUB changes nothing). */
  public TrueTypeFont openComplete(Face face) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(face(face).bytes()));
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

  static byte[] read(String resource) {
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
