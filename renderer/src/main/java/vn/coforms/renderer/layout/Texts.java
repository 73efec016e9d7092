package vn.coforms.renderer.layout;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.coforms.framework.certificate.PrintableText;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;

/** Prepares text for measuring and drawing: NFC, and a fitter per face. */
final class Texts {
  private final FontBook fonts;

  /** A fitter per face, made when the face is first measured (the fonts load lazily). */
  private final Map<Face, TextFitter> fitters = new ConcurrentHashMap<>();

  Texts(FontBook fonts) {
    this.fonts = fonts;
  }

  TextFitter fitter(Face face) {
    return fitters.computeIfAbsent(face, f -> new TextFitter(fonts.metrics(f)));
  }

  FontMetrics metrics(Face face) {
    return fonts.metrics(face);
  }

  /**
   * Normalises to NFC ("Đồng Tháp" as precomposed letters), turns tabs into spaces and drops
   * carriage returns and trailing blanks.
   *
   * @throws RenderException naming the character if the text holds one that cannot be printed (see
   *     {@link PrintableText}): a glyph the font lacks, a control or a bidi override is never drawn
   *     and never reaches the text layer; validation reports such data as {@code field.character}
   */
  String nfc(String raw) {
    String s =
        Normalizer.normalize(raw, Normalizer.Form.NFC)
            .replace('\t', ' ')
            .replace("\r", "")
            .stripTrailing();
    FontMetrics m = fonts.metrics(Face.REGULAR);
    PrintableText printable = PrintableText.bundled();
    int position = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      int cp = s.codePointAt(i);
      position++;
      if (cp != '\n'
          && !Superscripts.isSuperscript(cp)
          && !(printable.canPrint(cp) && m.supports(cp))) {
        throw new RenderException(
            "the text \""
                + excerpt(s)
                + "\" holds character "
                + new PrintableText.Unprintable(cp, position).describe()
                + " at position "
                + position
                + ", which the embedded fonts cannot print; validation reports it as"
                + " field.character");
      }
    }
    return s;
  }

  /** The start of {@code s} with every unprintable character shown as a middle dot. */
  private static String excerpt(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .limit(30)
        .forEach(cp -> out.appendCodePoint(PrintableText.bundled().canPrint(cp) ? cp : '·'));
    return out.toString();
  }
}
