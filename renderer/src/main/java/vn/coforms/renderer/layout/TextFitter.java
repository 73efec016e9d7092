package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Chooses the largest font size, in half-point steps from {@code maxPt} down to {@code minPt}, at
 * which text wrapped to a width fits a height, keeping every token whole; at the minimum size,
 * returns the lines that fit and the rest as overflow. Never touches PDFBox.
 *
 * <p>Lines break at spaces first, then right after a {@code -}, {@code /} or {@code ,} inside a
 * word (see {@link BreakPoints}); a word is broken between two other characters only when one of
 * its pieces alone is wider than the line at the minimum size, so an invoice number or a shipping
 * mark is never split into what reads as two values while a smaller size would keep it whole.
 */
final class TextFitter {
  private final FontMetrics metrics;

  TextFitter(FontMetrics metrics) {
    this.metrics = metrics;
  }

  FittedText fit(String text, double widthMm, double heightMm, double maxPt, double minPt) {
    for (double size = maxPt; size >= minPt - 1e-9; size -= 0.5) {
      Optional<List<String>> whole = wrapKeepingTokens(text, widthMm, size);
      if (whole.isPresent()
          && whole.get().size() * FontMetrics.lineHeightMm(size) <= heightMm + 1e-6) {
        return new FittedText(size, whole.get(), List.of());
      }
    }
    List<String> lines = wrap(text, widthMm, minPt);
    int fit = (int) Math.floor((heightMm + 1e-6) / FontMetrics.lineHeightMm(minPt));
    fit = Math.max(0, Math.min(fit, lines.size()));
    return new FittedText(minPt, lines.subList(0, fit), lines.subList(fit, lines.size()));
  }

  /**
   * The largest size from {@code maxPt} down to {@code minPt} at which every token fits the width,
   * with no limit on the number of lines (a table cell grows downwards).
   */
  FittedText fitWidth(String text, double widthMm, double maxPt, double minPt) {
    return fit(text, widthMm, Double.POSITIVE_INFINITY, maxPt, minPt);
  }

  /**
   * Wraps paragraphs at one size: at spaces, then after {@code -} {@code /} {@code ,}; a piece
   * wider than the line is broken between characters.
   */
  List<String> wrap(String text, double widthMm, double sizePt) {
    return lines(text, widthMm, sizePt, true).orElseThrow();
  }

  /** Like {@link #wrap}, but empty when some piece would have to be broken between characters. */
  Optional<List<String>> wrapKeepingTokens(String text, double widthMm, double sizePt) {
    return lines(text, widthMm, sizePt, false);
  }

  private Optional<List<String>> lines(
      String text, double widthMm, double sizePt, boolean breakInsideTokens) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return Optional.of(out);
    }
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ", -1)) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (fits(candidate, widthMm, sizePt)) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        flush(out, line);
        if (fits(word, widthMm, sizePt)) {
          line.append(word);
          continue;
        }
        for (String piece : BreakPoints.pieces(word)) {
          if (fits(line + piece, widthMm, sizePt)) {
            line.append(piece);
            continue;
          }
          flush(out, line);
          String rest = piece;
          while (!fits(rest, widthMm, sizePt) && rest.length() > 1) {
            if (!breakInsideTokens) {
              return Optional.empty();
            }
            int cut = longestPrefix(rest, widthMm, sizePt);
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut);
          }
          line.append(rest);
        }
      }
      out.add(line.toString());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return Optional.of(out);
  }

  private static void flush(List<String> out, StringBuilder line) {
    if (line.length() > 0) {
      out.add(line.toString());
      line.setLength(0);
    }
  }

  private boolean fits(String s, double widthMm, double sizePt) {
    return metrics.widthMm(s, sizePt) <= widthMm;
  }

  private int longestPrefix(String word, double widthMm, double sizePt) {
    int n = 1;
    while (n < word.length() && metrics.widthMm(word.substring(0, n + 1), sizePt) <= widthMm) {
      n++;
    }
    return n;
  }
}
