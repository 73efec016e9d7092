package vn.coforms.framework.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a form-declared regular expression against certificate data within a step budget.
 *
 * <p>{@code java.util.regex} backtracks, so a pattern like {@code (.*a){25}} can take years on a
 * 41-character value. The loader refuses the shapes known to do that; whatever slips through is
 * stopped here: the matcher reads the value through a {@link CharSequence} that counts its {@code
 * charAt} calls (one per step the engine takes) and throws {@link RegexBudgetExceededException}
 * past {@link #STEPS}. A normal match of a certificate value takes a few hundred steps; a million
 * is a few tens of milliseconds.
 */
public final class RegexBudget {
  /** The most characters one match may read, counting every re-read while backtracking. */
  public static final long STEPS = 1_000_000;

  private RegexBudget() {}

  /** Returns whether {@code pattern} matches the whole {@code value}, within the budget. */
  public static boolean matches(Pattern pattern, String value) {
    return matcher(pattern, value).matches();
  }

  /**
   * Returns a matcher over {@code value} that throws {@link RegexBudgetExceededException} once it
   * has read {@link #STEPS} characters.
   */
  public static Matcher matcher(Pattern pattern, String value) {
    return pattern.matcher(new CountedText(pattern, value, STEPS));
  }

  /** The value as the regex engine sees it, counting each character read. */
  private static final class CountedText implements CharSequence {
    private final Pattern pattern;
    private final String text;
    private final long limit;
    private long steps;

    CountedText(Pattern pattern, String text, long limit) {
      this.pattern = pattern;
      this.text = text;
      this.limit = limit;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (++steps > limit) {
        throw new RegexBudgetExceededException(
            String.format(
                Locale.ROOT,
                "the regular expression '%s' needed more than %,d steps on a value of %d"
                    + " characters",
                pattern.pattern(),
                limit,
                text.length()));
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
