package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

/** A text in English and Vietnamese. */
public record Bilingual(String en, String vi) {
  public Bilingual {
    requireNonNull(en, "en");
    requireNonNull(vi, "vi");
  }

  public static Bilingual of(String en, String vi) {
    return new Bilingual(en, vi);
  }
}
