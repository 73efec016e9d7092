package vn.coforms.framework.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the forbidden parts of one FreeMarker expression, read from its canonical form (the text
 * FreeMarker prints back from the parsed tree, so spacing and quoting are already normalised).
 *
 * <p>Allowed: names and {@code a.b} member access, string and number literals, comparison, logic,
 * arithmetic, {@code x!default}, {@code x??}, parentheses, and the built-ins in {@link #BUILT_INS}.
 * Everything else is reported: other built-ins, special variables ({@code .data_model}), ranges,
 * method calls, {@code [..]} and {@code {..}} literals, lambdas, and interpolations inside string
 * literals.
 */
final class ExpressionScan {
  /** The built-ins a form template may use, in FreeMarker's snake_case spelling. */
  static final Set<String> BUILT_INS =
      Set.of(
          "has_content",
          "trim",
          "upper_case",
          "lower_case",
          "cap_first",
          "length",
          "size",
          "c",
          "string",
          "join",
          "then",
          "counter",
          "index",
          "is_first",
          "is_last",
          "has_next");

  private static final Set<String> WITH_ARGUMENTS = Set.of("string", "join", "then");
  private static final Set<String> OPERATOR_WORDS = Set.of("as", "gt", "gte", "lt", "lte");
  private static final Set<String> LITERAL_WORDS = Set.of("true", "false");
  private static final String OPERATORS = "=!<>&|+-*/%,";

  /** One forbidden construct: the text to point at, and what it is. */
  record Forbidden(String token, String what) {}

  private final String text;
  private final List<Forbidden> found = new ArrayList<>();
  private final List<String> references = new ArrayList<>();
  private int i;
  private boolean afterValue;
  private boolean afterBuiltInWithArguments;

  private ExpressionScan(String text) {
    this.text = text;
  }

  static List<Forbidden> scan(String canonical) {
    ExpressionScan s = new ExpressionScan(canonical);
    s.run();
    return s.found;
  }

  /**
   * The names an expression reads from its data, each with the members taken from it ({@code
   * item.fob}), in order of appearance; built-in names, literals and operator words are not
   * references.
   */
  static List<String> references(String canonical) {
    ExpressionScan s = new ExpressionScan(canonical);
    s.run();
    return s.references;
  }

  private void run() {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        string(c);
      } else if (Character.isDigit(c)) {
        number();
      } else if (isNameStart(c)) {
        reference(name());
      } else if (c == '?') {
        builtIn();
      } else if (c == '.') {
        dot();
      } else {
        punctuation(c);
      }
    }
  }

  private void string(char quote) {
    int start = i++;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    i = Math.min(i + 1, text.length());
    String literal = text.substring(start, i);
    if (literal.contains("${") || literal.contains("#{")) {
      found.add(new Forbidden("${", "an interpolation inside a string literal"));
    }
    value(true);
  }

  private void number() {
    while (i < text.length() && (Character.isDigit(text.charAt(i)) || isDecimalPoint(i))) {
      i++;
    }
    value(true);
  }

  /** A name read from the data, with any {@code .member} parts that follow it directly. */
  private void reference(String word) {
    if (OPERATOR_WORDS.contains(word)) {
      value(false);
      return;
    }
    if (!LITERAL_WORDS.contains(word)) {
      StringBuilder path = new StringBuilder(word);
      while (i + 1 < text.length() && text.charAt(i) == '.' && isNameStart(text.charAt(i + 1))) {
        i++;
        path.append('.').append(name());
      }
      references.add(path.toString());
    }
    value(true);
  }

  private void builtIn() {
    i++;
    if (i < text.length() && text.charAt(i) == '?') {
      i++;
      value(true);
      return;
    }
    String name = name();
    String snake = snakeCase(name);
    if (!BUILT_INS.contains(snake)) {
      found.add(new Forbidden("?" + name, "the built-in ?" + name));
    }
    value(true);
    afterBuiltInWithArguments = WITH_ARGUMENTS.contains(snake);
  }

  private void dot() {
    if (i + 1 < text.length() && text.charAt(i + 1) == '.') {
      found.add(new Forbidden("..", "a range (..)"));
      i += 2;
      value(false);
    } else if (afterValue) {
      i++;
      value(false);
    } else {
      i++;
      String name = name();
      found.add(new Forbidden("." + name, "the special variable ." + name));
      value(true);
    }
  }

  private void punctuation(char c) {
    if (c == '(') {
      if (afterValue && !afterBuiltInWithArguments) {
        found.add(new Forbidden("(", "a method call"));
      }
      value(false);
    } else if (c == ')') {
      value(true);
    } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
      found.add(new Forbidden("->", "a lambda (->)"));
      i++;
      value(false);
    } else if (c == '[') {
      found.add(new Forbidden("[", "a [...] key or sequence literal"));
      value(false);
    } else if (c == '{') {
      found.add(new Forbidden("{", "a {...} hash literal"));
      value(false);
    } else if (OPERATORS.indexOf(c) >= 0 || c == ']' || c == '}') {
      value(false);
    } else {
      found.add(new Forbidden(String.valueOf(c), "the character '" + c + "'"));
      value(false);
    }
    i++;
  }

  private String name() {
    int start = i;
    while (i < text.length() && isNamePart(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i);
  }

  private void value(boolean isValue) {
    afterValue = isValue;
    afterBuiltInWithArguments = false;
  }

  private boolean isDecimalPoint(int at) {
    return text.charAt(at) == '.'
        && at + 1 < text.length()
        && Character.isDigit(text.charAt(at + 1));
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$' || c == '@';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || Character.isDigit(c);
  }

  /** {@code hasContent} and {@code has_content} are the same built-in. */
  private static String snakeCase(String name) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
