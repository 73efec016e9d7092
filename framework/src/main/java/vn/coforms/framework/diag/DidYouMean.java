package vn.coforms.framework.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, by edit distance. */
public final class DidYouMean {
  private DidYouMean() {}

  /** Returns the closest candidate within a distance that still looks like a typo. */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    int limit = Math.max(2, wrong.length() / 3);
    return candidates.stream()
        .filter(
            c ->
                distance(wrong, c) <= limit
                    || c.toLowerCase(Locale.ROOT).startsWith(wrong.toLowerCase(Locale.ROOT)))
        .min(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c));
  }

  /** Returns {@code " (did you mean 'x'?)"} or the empty string. */
  public static String hint(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }
}
