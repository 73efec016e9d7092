package vn.coforms.framework.template;

import freemarker.core.TemplateElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.layout.Template;

/**
 * Checks a parsed template against the constructs a form template may use, before it ever runs.
 *
 * <p>Walks FreeMarker's parsed element tree: each element's kind must be one of {@link #ELEMENTS},
 * and each element's own expression, in canonical form, must pass {@link ExpressionScan}. A {@code
 * #list} must list a field of the data and must not sit inside another {@code #list}, so every
 * allowed template runs in time bounded by (template size × rows). Each forbidden construct is a
 * located {@code template.forbidden} diagnostic.
 */
@SuppressWarnings("deprecation") // the element tree is FreeMarker's public-but-internal API
final class AllowedConstructs {
  /** What a form template may use, as shown in every {@code template.forbidden} fix. */
  static final String ALLOWED =
      "use only ${field}, <#if>/<#elseif>/<#else>, <#list field as x> (with <#items>, <#sep>,"
          + " <#else>; not nested), <#-- comments --> and the built-ins "
          + String.join(", ", ExpressionScan.BUILT_INS.stream().sorted().map(b -> "?" + b).toList())
          + " (docs/format.md, 'Templates: what is allowed')";

  private static final Set<String> ELEMENTS =
      Set.of(
          "MixedContent",
          "TextBlock",
          "Comment",
          "DollarVariable",
          "IfBlock",
          "ConditionalBlock",
          "IteratorBlock",
          "ListElseContainer",
          "ElseOfList",
          "Items",
          "Sep");
  private static final Pattern FIELD_PATH =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

  private final Template declared;
  private final List<Diagnostic> problems = new ArrayList<>();

  private AllowedConstructs(Template declared) {
    this.declared = declared;
  }

  static List<Diagnostic> check(Template declared, freemarker.template.Template parsed) {
    AllowedConstructs c = new AllowedConstructs(declared);
    c.walk(parsed.getRootTreeNode(), false);
    return c.problems;
  }

  private void walk(TemplateElement e, boolean insideList) {
    String kind = e.getNodeName();
    if (!ELEMENTS.contains(kind)) {
      String directive = firstWord(e.getDescription());
      report(e, directive, "the directive " + directive);
      return;
    }
    boolean list = kind.equals("IteratorBlock");
    String expression = ownExpression(e);
    if (list) {
      if (insideList) {
        report(e, "#list", "a #list inside another #list");
      }
      String listed = expression.split(" as ", 2)[0].strip();
      if (!FIELD_PATH.matcher(listed).matches()) {
        report(e, listed, "listing '" + listed + "', which is not a field of the data");
      }
    }
    Set<ExpressionScan.Forbidden> forbidden = new LinkedHashSet<>(ExpressionScan.scan(expression));
    forbidden.forEach(f -> report(e, f.token(), f.what()));
    for (int i = 0; i < e.getChildCount(); i++) {
      walk((TemplateElement) e.getChildAt(i), insideList || list);
    }
  }

  /** The expression an element itself holds (not its children's), in canonical form. */
  static String ownExpression(TemplateElement e) {
    String d = e.getDescription();
    return switch (e.getNodeName()) {
      case "DollarVariable" -> d.substring(2, d.length() - 1);
      case "ConditionalBlock", "IteratorBlock", "Items" -> {
        int space = d.indexOf(' ');
        yield space < 0 ? "" : d.substring(space + 1);
      }
      default -> "";
    };
  }

  private void report(TemplateElement e, String token, String what) {
    problems.add(
        Diagnostic.error(
            "template.forbidden",
            locate(declared, e, token),
            "template '"
                + TemplateEngine.oneLine(declared.source())
                + "' uses "
                + what
                + ", which form templates may not use",
            ALLOWED));
  }

  /** Where {@code token} first appears in the element's own text, else where the element starts. */
  static SourceRef locate(Template declared, TemplateElement e, String token) {
    String source = e.getSource();
    int end = source.length();
    if (e.getChildCount() > 0) {
      TemplateElement first = (TemplateElement) e.getChildAt(0);
      end = Math.min(end, offset(source, e, first.getBeginLine(), first.getBeginColumn()));
    }
    int at = source.substring(0, Math.max(end, 0)).indexOf(token);
    int line = e.getBeginLine();
    int column = e.getBeginColumn();
    for (int i = 0; i < Math.max(at, 0); i++) {
      if (source.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return declared.at().shift(line - 1, column - 1);
  }

  /** The offset in {@code source} (the text of {@code e}) of a template line and column. */
  private static int offset(String source, TemplateElement e, int line, int column) {
    int l = e.getBeginLine();
    int c = e.getBeginColumn();
    for (int i = 0; i < source.length(); i++) {
      if (l == line && c == column) {
        return i;
      }
      if (source.charAt(i) == '\n') {
        l++;
        c = 1;
      } else {
        c++;
      }
    }
    return source.length();
  }

  private static String firstWord(String description) {
    String word = description.split("\\s", 2)[0];
    return word.length() > 40 ? word.substring(0, 37) + "..." : word;
  }
}
