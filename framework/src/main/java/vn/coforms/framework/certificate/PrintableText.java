package vn.coforms.framework.certificate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The characters a certificate can print: those every embedded face draws (Liberation Serif
 * regular, bold and italic), without control, format (bidi overrides, zero-width marks),
 * private-use, unassigned and right-to-left characters (the renderer draws left to right only, so
 * Hebrew would print reversed).
 *
 * <p>The set is data ({@code printable.txt}, code point ranges) so the framework can check
 * certificate text without knowing fonts; the renderer's tests prove it equals what its fonts draw.
 * Immutable and thread-safe.
 */
public final class PrintableText {
  private static final String RESOURCE = "printable.txt";
  private final int[] starts;
  private final int[] ends;

  private PrintableText(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The repertoire of the bundled fonts. */
  public static PrintableText bundled() {
    return Bundled.INSTANCE;
  }

  /** A character of text that cannot be printed, and where it is (1-based, in characters). */
  public record Unprintable(int codePoint, int position) {
    /** Names the character so a reader can find it: {@code U+4E2D '中'} or {@code U+0000}. */
    public String describe() {
      String code = String.format(Locale.ROOT, "U+%04X", codePoint);
      int type = Character.getType(codePoint);
      boolean invisible =
          Character.isISOControl(codePoint)
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.UNASSIGNED
              || type == Character.PRIVATE_USE
              || Character.isWhitespace(codePoint);
      return invisible
          ? code + " (" + name(codePoint) + ")"
          : code + " '" + new String(Character.toChars(codePoint)) + "'";
    }

    private static String name(int cp) {
      String name = Character.getName(cp);
      return name == null ? "unnamed" : name.toLowerCase(Locale.ROOT);
    }
  }

  /** Whether every face draws {@code codePoint} and it is a visible character. */
  public boolean canPrint(int codePoint) {
    int i = Arrays.binarySearch(starts, codePoint);
    int range = i >= 0 ? i : -i - 2;
    return range >= 0 && codePoint <= ends[range];
  }

  /**
   * The first character of {@code text} that cannot be printed; line breaks ({@code \n}, and {@code
   * \r} before it) count as printable only when {@code multiLine}.
   */
  public Optional<Unprintable> firstUnprintable(String text, boolean multiLine) {
    int position = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      position++;
      boolean lineBreak =
          cp == '\n' || (cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
      if (!(multiLine && lineBreak) && !canPrint(cp)) {
        return Optional.of(new Unprintable(cp, position));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  private static PrintableText load() {
    List<int[]> ranges = new ArrayList<>();
    try (InputStream in = PrintableText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the framework jar");
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          int dots = s.indexOf("..");
          int start = Integer.parseInt(dots < 0 ? s : s.substring(0, dots), 16);
          int end = dots < 0 ? start : Integer.parseInt(s.substring(dots + 2), 16);
          ranges.add(new int[] {start, end});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new PrintableText(
        ranges.stream().mapToInt(r -> r[0]).toArray(),
        ranges.stream().mapToInt(r -> r[1]).toArray());
  }

  /** Loaded once, on first use; immutable afterwards. */
  private static final class Bundled {
    static final PrintableText INSTANCE = load();
  }
}
