package vn.coforms.framework.validate;

import java.util.Collection;
import java.util.Locale;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.model.Bilingual;

/**
 * Formats the bilingual messages of the built-in checks. Both languages take the same arguments; an
 * argument that is itself {@link Bilingual} is shown in each message's own language.
 */
final class Messages {
  private Messages() {}

  static Bilingual of(String en, String vi, Object... args) {
    return new Bilingual(
        String.format(Locale.ROOT, en, in(args, true)),
        String.format(Locale.ROOT, vi, in(args, false)));
  }

  /** The arguments for one language: each bilingual argument becomes its text in it. */
  static Object[] in(Object[] args, boolean english) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Bilingual b) {
        out[i] = english ? b.en() : b.vi();
      }
    }
    return out;
  }

  /**
   * {@code " (did you mean 'x'?)"} / {@code " (có phải là 'x'?)"} for the closest of {@code names},
   * or empty in both languages.
   */
  static Bilingual didYouMean(String wrong, Collection<String> names) {
    return DidYouMean.closest(wrong, names)
        .map(c -> new Bilingual(" (did you mean '" + c + "'?)", " (có phải là '" + c + "'?)"))
        .orElse(new Bilingual("", ""));
  }
}
