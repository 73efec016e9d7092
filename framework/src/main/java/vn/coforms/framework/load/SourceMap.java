package vn.coforms.framework.load;

import java.util.Map;
import vn.coforms.framework.diag.SourceRef;

/**
 * Where each value of a YAML document was written, keyed by JSON Pointer; recorded by {@link
 * LocatingParser} while the tree is read. Lookups of pointers that are not recorded fall back to
 * the nearest recorded ancestor.
 */
final class SourceMap {
  /** Suffix of the key under which a value's own position is kept (a key's is kept bare). */
  static final String VALUE = "#value";

  /** Suffix of the key under which a quoted scalar's first character after the quote is kept. */
  static final String CONTENT = "#content";

  private final String file;
  private final Map<String, SourceRef> at;

  SourceMap(String file, Map<String, SourceRef> at) {
    this.file = file;
    this.at = Map.copyOf(at);
  }

  static SourceMap empty(String file) {
    return new SourceMap(file, Map.of());
  }

  /** The position of the key (or array element) at {@code pointer}. */
  SourceRef locate(String pointer) {
    String p = pointer;
    while (true) {
      SourceRef ref = at.get(p);
      if (ref != null) {
        return ref;
      }
      if (p.isEmpty()) {
        return new SourceRef(file, 1, 1);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** The position of the value at {@code pointer} (for scalars: where the text starts). */
  SourceRef locateValue(String pointer) {
    SourceRef ref = at.get(pointer + VALUE);
    return ref != null ? ref : locate(pointer);
  }

  /**
   * The position of the first character of the scalar's text at {@code pointer}: after the opening
   * quote of a quoted scalar, else where the value starts. Positions inside an embedded text
   * (template, CEL) are counted from here.
   */
  SourceRef locateContent(String pointer) {
    SourceRef ref = at.get(pointer + CONTENT);
    return ref != null ? ref : locateValue(pointer);
  }

  /**
   * Copies what is recorded for the value at {@code from} (its position, its value's and its
   * text's) to pointer {@code to} in {@code into}: the positions of a value moved by resolving.
   */
  void copy(String from, String to, Map<String, SourceRef> into) {
    copyKey(from, to, into);
    copyKey(from + VALUE, to + VALUE, into);
    copyKey(from + CONTENT, to + CONTENT, into);
  }

  private void copyKey(String from, String to, Map<String, SourceRef> into) {
    SourceRef ref = at.get(from);
    if (ref != null) {
      into.put(to, ref);
    }
  }

  String file() {
    return file;
  }
}
