package vn.coforms.framework.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses the regular-expression shapes that make {@code java.util.regex} backtrack exponentially.
 *
 * <p>Not a regex parser: one left-to-right scan of a pattern that already compiled, tracking
 * groups, escapes and character classes, with two documented checks:
 *
 * <ol>
 *   <li>a group that contains an unbounded quantifier ({@code *}, {@code +}, {@code {n,}}, not
 *       possessive) may not itself be repeated ({@code *}, {@code +}, {@code {n,}}, {@code {n,m}}
 *       with m &gt; 1): {@code (a+)+}, {@code (.*a){25}}, {@code ((ab)*c)*};
 *   <li>no backreferences ({@code \1}, {@code \k<name>}): they force backtracking and cannot be
 *       bounded.
 * </ol>
 *
 * <p>What this does not catch (overlapping alternatives, many quantifiers in a row like {@code
 * a*a*a*c}) is stopped at run time by {@link vn.coforms.framework.model.RegexBudget}.
 */
final class RegexShape {
  /** The fix every refusal suggests. */
  static final String FIX =
      "repeat only fixed-length or bounded parts, e.g. '(\\\\d{1,3}\\\\.){3}' or '[^a]*a', make an"
          + " inner quantifier possessive ('a++'), drop the backreference, or check the value with"
          + " an expression rule (docs/format.md, rules)";

  private static final Pattern BRACES = Pattern.compile("\\{(\\d+)(,(\\d*))?\\}");

  private RegexShape() {}

  /** What makes the pattern unsafe, naming the construct; empty when its shape is safe. */
  static Optional<String> problem(String regex) {
    Deque<Group> open = new ArrayDeque<>();
    open.push(new Group(0));
    int atomStart = -1;
    Optional<String> atomInner = Optional.empty();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 1 < regex.length()) {
          char e = regex.charAt(i + 1);
          if ((e >= '1' && e <= '9') || (e == 'k' && regex.startsWith("<", i + 2))) {
            int end = e == 'k' ? Math.max(regex.indexOf('>', i), i + 2) + 1 : i + 2;
            return Optional.of("the backreference '" + regex.substring(i, end) + "'");
          }
          if (e == 'Q') {
            int q = regex.indexOf("\\E", i + 2);
            atomStart = i;
            atomInner = Optional.empty();
            i = q < 0 ? regex.length() : q + 2;
            continue;
          }
        }
        atomStart = i;
        atomInner = Optional.empty();
        i += 2;
      } else if (c == '[') {
        atomStart = i;
        atomInner = Optional.empty();
        i = endOfClass(regex, i);
      } else if (c == '(') {
        open.push(new Group(i));
        atomStart = -1;
        i++;
      } else if (c == ')' && open.size() > 1) {
        Group g = open.pop();
        atomStart = g.start;
        atomInner = g.inner;
        g.inner.ifPresent(inner -> open.peek().contain(inner));
        i++;
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        Optional<Quantifier> q = Quantifier.at(regex, i);
        if (q.isEmpty() || atomStart < 0) {
          atomStart = i;
          atomInner = Optional.empty();
          i++;
          continue;
        }
        Quantifier quantifier = q.get();
        String atom = regex.substring(atomStart, i);
        if (atomInner.isPresent() && quantifier.repeats()) {
          return Optional.of(
              "the group '"
                  + atom
                  + "' holds the unbounded '"
                  + atomInner.get()
                  + "' and is itself repeated by '"
                  + quantifier.text
                  + "'");
        }
        if (quantifier.unbounded() && !quantifier.possessive) {
          open.peek().contain(atom + quantifier.text);
        }
        atomStart = -1;
        atomInner = Optional.empty();
        i += quantifier.text.length();
      } else {
        atomStart = c == '|' ? -1 : i;
        atomInner = Optional.empty();
        i++;
      }
    }
    return Optional.empty();
  }

  private static int endOfClass(String regex, int start) {
    int depth = 0;
    int i = start;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        if (regex.startsWith("^", i)) {
          i++;
        }
        if (regex.startsWith("]", i)) {
          i++;
        }
        continue;
      }
      if (c == ']' && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    return i;
  }

  /** An open group and the first unbounded quantifier found inside it. */
  private static final class Group {
    final int start;
    Optional<String> inner = Optional.empty();

    Group(int start) {
      this.start = start;
    }

    void contain(String unbounded) {
      if (inner.isEmpty()) {
        inner = Optional.of(unbounded);
      }
    }
  }

  /** A quantifier as written: its text (with any lazy or possessive suffix) and its maximum. */
  private record Quantifier(String text, long max, boolean possessive) {
    boolean unbounded() {
      return max == Long.MAX_VALUE;
    }

    boolean repeats() {
      return max > 1;
    }

    static Optional<Quantifier> at(String regex, int i) {
      char c = regex.charAt(i);
      String base;
      long max;
      if (c == '{') {
        Matcher m = BRACES.matcher(regex).region(i, regex.length());
        if (!m.lookingAt()) {
          return Optional.empty();
        }
        base = m.group();
        max =
            m.group(2) == null
                ? Long.parseLong(m.group(1))
                : m.group(3).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(3));
      } else {
        base = String.valueOf(c);
        max = c == '?' ? 1 : Long.MAX_VALUE;
      }
      int next = i + base.length();
      boolean possessive = regex.startsWith("+", next);
      boolean suffix = possessive || regex.startsWith("?", next);
      return Optional.of(
          new Quantifier(suffix ? base + regex.charAt(next) : base, max, possessive));
    }
  }
}
