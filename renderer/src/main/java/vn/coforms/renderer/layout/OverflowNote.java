package vn.coforms.renderer.layout;

import java.util.List;

/** Text of a box that did not fit even at the minimum size; it continues on an annex page. */
record OverflowNote(String box, String text) {
  static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
