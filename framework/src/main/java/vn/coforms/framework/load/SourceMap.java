package vn.coforms.framework.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import vn.coforms.framework.diag.SourceRef;

/**
 * Where each value of a YAML document was written, keyed by JSON Pointer; built in one streaming
 * pass. Lookups of pointers that are not recorded fall back to the nearest recorded ancestor.
 */
final class SourceMap {
  private final String file;
  private final Map<String, SourceRef> at;

  private SourceMap(String file, Map<String, SourceRef> at) {
    this.file = file;
    this.at = Map.copyOf(at);
  }

  static SourceMap index(YAMLFactory yaml, String file, String text) throws IOException {
    Map<String, SourceRef> at = new HashMap<>();
    try (JsonParser p = yaml.createParser(text)) {
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        JsonLocation loc = p.currentTokenLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        SourceRef ref = new SourceRef(file, loc.getLineNr(), loc.getColumnNr());
        if (token == JsonToken.FIELD_NAME) {
          at.putIfAbsent(pointer, ref);
        } else {
          at.putIfAbsent(pointer, ref);
          at.put(pointer + "#value", ref);
        }
      }
    }
    return new SourceMap(file, at);
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
    SourceRef ref = at.get(pointer + "#value");
    return ref != null ? ref : locate(pointer);
  }

  String file() {
    return file;
  }
}
