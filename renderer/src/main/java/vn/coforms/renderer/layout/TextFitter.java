package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * Chooses the largest font size, in half-point steps from {@code maxPt} down to {@code minPt}, at
 * which text wrapped to a width fits a height; at the minimum size, returns the lines that fit and
 * the rest as overflow. Never touches PDFBox.
 */
final class TextFitter {
  private final FontMetrics metrics;

  TextFitter(FontMetrics metrics) {
    this.metrics = metrics;
  }

  FittedText fit(String text, double widthMm, double heightMm, double maxPt, double minPt) {
    for (double size = maxPt; size >= minPt - 1e-9; size -= 0.5) {
      List<String> lines = wrap(text, widthMm, size);
      if (lines.size() * FontMetrics.lineHeightMm(size) <= heightMm + 1e-6) {
        return new FittedText(size, lines, List.of());
      }
    }
    List<String> lines = wrap(text, widthMm, minPt);
    int fit = (int) Math.floor((heightMm + 1e-6) / FontMetrics.lineHeightMm(minPt));
    fit = Math.max(0, Math.min(fit, lines.size()));
    return new FittedText(minPt, lines.subList(0, fit), lines.subList(fit, lines.size()));
  }

  /** Wraps paragraphs at spaces; a word wider than the line is broken between characters. */
  List<String> wrap(String text, double widthMm, double sizePt) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ", -1)) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (metrics.widthMm(candidate, sizePt) <= widthMm) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (metrics.widthMm(rest, sizePt) > widthMm && rest.length() > 1) {
          int cut = longestPrefix(rest, widthMm, sizePt);
          out.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      out.add(line.toString());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private int longestPrefix(String word, double widthMm, double sizePt) {
    int n = 1;
    while (n < word.length() && metrics.widthMm(word.substring(0, n + 1), sizePt) <= widthMm) {
      n++;
    }
    return n;
  }
}
