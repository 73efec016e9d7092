package vn.coforms.renderer.fonts;

/**
 * Advance widths and vertical metrics of one face, precomputed for the Basic Multilingual Plane so
 * measuring is a table lookup and the instance is safe to share between threads.
 */
public final class FontMetrics {
  static final double MM_PER_POINT = 25.4 / 72.0;
  private final float[] advance; // in em units / unitsPerEm; < 0 where the font has no glyph
  private final double ascent;

  FontMetrics(float[] advance, double ascent) {
    this.advance = advance;
    this.ascent = ascent;
  }

  /**
   * The width of {@code text} at {@code sizePt}, in millimetres; unsupported characters count as
   * '?'.
   */
  public double widthMm(String text, double sizePt) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      em += advanceOf(text.charAt(i));
    }
    return em * sizePt * MM_PER_POINT;
  }

  public boolean supports(int codePoint) {
    return codePoint < advance.length && advance[codePoint] >= 0;
  }

  private double advanceOf(char c) {
    float a = c < advance.length ? advance[c] : -1;
    return a >= 0 ? a : advance['?'];
  }

  /** Distance from the top of a line to its baseline, in millimetres. */
  public double ascentMm(double sizePt) {
    return ascent * sizePt * MM_PER_POINT;
  }

  /** The distance between baselines of consecutive lines: 1.15 em. */
  public static double lineHeightMm(double sizePt) {
    return 1.15 * sizePt * MM_PER_POINT;
  }
}
