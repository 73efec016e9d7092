package vn.coforms.framework.load;

/** Turns JSON Pointers into the dotted paths users read, e.g. {@code procedure.fees[0].from}. */
final class Paths {
  private Paths() {}

  static String dotted(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String raw : pointer.split("/", -1)) {
      if (raw.isEmpty()) {
        continue;
      }
      String part = raw.replace("~1", "/").replace("~0", "~");
      if (part.chars().allMatch(Character::isDigit)) {
        out.append('[').append(part).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(part);
      }
    }
    return out.length() == 0 ? "the document" : out.toString();
  }
}
