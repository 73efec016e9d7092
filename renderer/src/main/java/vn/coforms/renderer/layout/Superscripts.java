package vn.coforms.renderer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnote markers and units written with Unicode superscripts ("packages⁽¹⁾", "m³") print as their
 * base characters, smaller and raised: the bundled font has no superscript parentheses, and drawing
 * every superscript the same way keeps "⁽¹⁾" and "³" alike.
 */
final class Superscripts {
  /** Size of a raised run relative to its line. */
  static final double SCALE = 0.65;

  /** How far a raised run's baseline sits above the line's, in ems of the line's size. */
  static final double RISE = 0.30;

  private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻";
  private static final String BASE = "0123456789()+-";

  private Superscripts() {}

  /** A piece of a line: its text as drawn and whether it is raised. */
  record Run(String text, boolean raised) {}

  static boolean isSuperscript(int codePoint) {
    return codePoint <= Character.MAX_VALUE && RAISED.indexOf((char) codePoint) >= 0;
  }

  /** The line split into runs of normal and raised text, superscripts turned into their base. */
  static List<Run> runs(String line) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean raised = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      int at = RAISED.indexOf(c);
      boolean up = at >= 0;
      if (up != raised && current.length() > 0) {
        runs.add(new Run(current.toString(), raised));
        current.setLength(0);
      }
      raised = up;
      current.append(up ? BASE.charAt(at) : c);
    }
    if (current.length() > 0) {
      runs.add(new Run(current.toString(), raised));
    }
    return runs;
  }
}
