package vn.coforms.framework.verbatim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.Printed;

/**
 * Checks that every static text a form prints ({@link FormDefinition#printed()}: labels, static
 * text, column headers, criterion rows, overleaf notes and their tables) is found in the legal
 * texts it was transcribed from, line by line, after {@link Normalised normalising} both sides. A
 * text that is not found is a warning located at that line of the form file, unless a comment
 * {@code # repaired:} or {@code # ours:} within three lines of where its value starts marks the
 * difference as deliberate. This is the only public entry point into the package.
 */
public final class VerbatimCheck {
  /** The code of the warning this check reports. */
  public static final String CODE = "verbatim.not-in-source";

  private static final int MARK_WINDOW = 3;
  private static final int EXCERPT = 60;

  private final String source;
  private final String sourceNames;

  /** A check against the given legal texts (at least one), searched as one. */
  public VerbatimCheck(List<LegalText> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a verbatim check needs at least one legal text");
    }
    this.source =
        sources.stream()
            .map(s -> Normalised.of(s.text()))
            .collect(Collectors.joining(" \u0000 ", " ", " "));
    this.sourceNames =
        sources.size() == 1
            ? sources.get(0).name()
            : sources.size() + " source files (" + sources.get(0).name() + ", …)";
  }

  /**
   * Warnings for the printed texts of {@code form} that the legal texts do not hold; {@code
   * formText} is the form file as written (for the line of each text and the marking comments).
   */
  public List<Diagnostic> check(FormDefinition form, String formText) {
    return check(form, file -> file.equals(form.at().file()) ? formText : "");
  }

  /**
   * Warnings for the printed texts of {@code form} that the legal texts do not hold; {@code textOf}
   * gives the text of each file a printed text is located in (the form file, or the shared file of
   * a spliced fragment), by the file name of its {@link SourceRef}, for the line of each text and
   * the marking comments next to it; an empty text when it cannot be read.
   */
  public List<Diagnostic> check(FormDefinition form, Function<String, String> textOf) {
    Map<String, List<String>> files = new HashMap<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Printed p : form.printed()) {
      List<String> fileLines =
          files.computeIfAbsent(p.at().file(), f -> textOf.apply(f).lines().toList());
      if (marked(fileLines, p.at().line())) {
        continue;
      }
      List<String> lines = p.text().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = Normalised.of(lines.get(i));
        if (!line.isEmpty() && !source.contains(line)) {
          out.add(warning(line, lineAt(fileLines, p.at(), i)));
        }
      }
    }
    return out;
  }

  private Diagnostic warning(String line, SourceRef at) {
    int same = longestFoundPrefix(line);
    String found =
        same >= 10
            ? "; the source has its first "
                + same
                + " characters ('"
                + excerpt(line.substring(0, same))
                + "') and then differs at '"
                + excerpt(line.substring(same))
                + "'"
            : "";
    return new Diagnostic(
        Severity.WARNING,
        CODE,
        at,
        String.format(
            Locale.ROOT, "printed text '%s' is not in %s%s", excerpt(line), sourceNames, found),
        "copy the text verbatim from the source, or mark the difference on the line above with"
            + " '# repaired: <source text> -> <printed text>' or '# ours: <why>'");
  }

  /** The longest prefix of {@code line} (in characters) that the source holds. */
  private int longestFoundPrefix(String line) {
    int lo = 0;
    int hi = line.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (source.contains(line.substring(0, mid))) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Where line {@code index} of a printed value starts in the form file: the lines of a literal
   * block scalar ({@code |}, {@code |-}) follow the indicator line; any other value is located at
   * its start.
   */
  private static SourceRef lineAt(List<String> fileLines, SourceRef start, int index) {
    int row = start.line() - 1;
    if (row < 0 || row >= fileLines.size()) {
      return start;
    }
    String first = fileLines.get(row);
    int col = start.column() - 1;
    boolean literalBlock = col >= 0 && col < first.length() && first.charAt(col) == '|';
    if (!literalBlock || row + 1 + index >= fileLines.size()) {
      return start;
    }
    String line = fileLines.get(row + 1 + index);
    int indent = line.length() - line.stripLeading().length();
    return new SourceRef(start.file(), start.line() + 1 + index, indent + 1);
  }

  private static boolean marked(List<String> fileLines, int line) {
    for (int i = Math.max(1, line - MARK_WINDOW);
        i <= Math.min(fileLines.size(), line + MARK_WINDOW);
        i++) {
      String l = fileLines.get(i - 1);
      if (l.contains("# repaired:") || l.contains("# ours:")) {
        return true;
      }
    }
    return false;
  }

  private static String excerpt(String s) {
    return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…";
  }
}
