package vn.coforms.framework.verbatim;

import java.text.Normalizer;

/**
 * The comparison form of a text: NFC; typographic quotes and apostrophes (U+2018, U+2019, U+201C,
 * U+201D) as straight ones; a no-break space as a space; every run of white space (line breaks,
 * tabs) as one space; no leading or trailing space. Nothing else is forgiven: letters, digits,
 * dashes, case and punctuation must match exactly.
 */
final class Normalised {
  private Normalised() {}

  static String of(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .trim();
  }
}
