package vn.coforms.renderer.layout;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.fonts.FontMetrics;

/** Prepares text for measuring and drawing: NFC, and a fitter per face. */
final class Texts {
  private final FontBook fonts;
  private final Map<Face, TextFitter> fitters = new EnumMap<>(Face.class);

  Texts(FontBook fonts) {
    this.fonts = fonts;
    for (Face f : Face.values()) {
      fitters.put(f, new TextFitter(fonts.metrics(f)));
    }
  }

  TextFitter fitter(Face face) {
    return java.util.Objects.requireNonNull(fitters.get(face), "a fitter per face");
  }

  FontMetrics metrics(Face face) {
    return fonts.metrics(face);
  }

  /**
   * Normalises to NFC ("Đồng Tháp" as precomposed letters), turns tabs into spaces, drops trailing
   * blanks, and replaces characters the font cannot draw with '?' so the page model shows exactly
   * what is printed.
   */
  String nfc(String raw) {
    String s =
        Normalizer.normalize(raw, Normalizer.Form.NFC)
            .replace('\t', ' ')
            .replace("\r", "")
            .stripTrailing();
    FontMetrics m = fonts.metrics(Face.REGULAR);
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || m.supports(cp)) {
                sb.appendCodePoint(cp);
              } else {
                sb.append('?');
              }
            });
    return sb.toString();
  }
}
