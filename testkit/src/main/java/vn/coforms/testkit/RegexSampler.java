package vn.coforms.testkit;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import com.github.curiousoddman.rgxgen.model.WhitespaceChar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import vn.coforms.framework.model.RegexBudget;
import vn.coforms.framework.model.RegexBudgetExceededException;

/**
 * Strings that match a form's regular expression, generated with RgxGen and checked with the
 * engine's own matcher: whitespace is a plain space, repetitions stay short, and the upper-case
 * spelling is preferred when it still matches (a reference number reads "VN-CN", not "vN-cN").
 */
final class RegexSampler {
  /** Tries per request: RgxGen knows most of Java's syntax, the check rejects the rest. */
  static final int TRIES = 20;

  private final RgxGenProperties properties = new RgxGenProperties();
  private final Map<String, Optional<RgxGen>> parsed = new HashMap<>();

  RegexSampler() {
    RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, 6);
    RgxGenOption.WHITESPACE_DEFINITION.setInProperties(properties, List.of(WhitespaceChar.SPACE));
  }

  /** A string the whole of {@code pattern} matches (after stripping), if one was found. */
  Optional<String> sample(Pattern pattern, SplittableRandom random) {
    Optional<RgxGen> generator = parsed.computeIfAbsent(pattern.pattern(), p -> parse(p));
    if (generator.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < TRIES; i++) {
      String s;
      try {
        s = printable(generator.get().generate(random)).strip();
      } catch (RuntimeException e) {
        return Optional.empty(); // a construct RgxGen cannot generate
      }
      String upper = s.toUpperCase(Locale.ROOT);
      if (matches(pattern, upper)) {
        return Optional.of(upper);
      }
      if (matches(pattern, s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static boolean matches(Pattern pattern, String s) {
    try {
      return RegexBudget.matches(pattern, s);
    } catch (RegexBudgetExceededException e) {
      return false;
    }
  }

  private Optional<RgxGen> parse(String regex) {
    try {
      // RgxGen does not take inline flags; upper case is tried first and the real pattern judges
      return Optional.of(RgxGen.parse(properties, regex.replace("(?i)", "")));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    Character.isISOControl(cp) || cp > 0x7e || Character.isWhitespace(cp)
                        ? ' '
                        : cp));
    return out.toString();
  }
}
