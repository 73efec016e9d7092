package vn.coforms.renderer.layout;

import java.util.List;

/** Text fitted to a width: the size chosen, the lines that fit, and the lines that did not. */
record FittedText(double sizePt, List<String> lines, List<String> overflow) {
  FittedText {
    lines = List.copyOf(lines);
    overflow = List.copyOf(overflow);
  }

  boolean overflows() {
    return !overflow.isEmpty();
  }
}
