package vn.coforms.framework.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.YamlGuard;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;

/**
 * A YAML parser that notes where each token was written while Jackson builds the tree from it, so a
 * file is read once for its tree, its positions and its guard checks (aliases, over-long scalars).
 *
 * <p>Every {@code next…} method of {@link JsonParser} that Jackson's tree reader calls goes through
 * {@link #nextToken()}, so no token passes unrecorded.
 */
final class LocatingParser extends JsonParserDelegate {
  private final String file;
  private final String text;
  private final int maxScalarChars;
  private final Map<String, SourceRef> at = new HashMap<>();
  private int @Nullable [] lineStarts;
  private Optional<Diagnostic> unsafe = Optional.empty();

  LocatingParser(JsonParser yaml, String file, String text, int maxScalarChars) {
    super(yaml);
    this.file = file;
    this.text = text;
    this.maxScalarChars = maxScalarChars;
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
    if (token != null) {
      record(token);
    }
    return token;
  }

  @Override
  public @Nullable JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  /** The positions seen so far, keyed by JSON Pointer. */
  SourceMap sources() {
    return new SourceMap(file, at);
  }

  /** The first alias or over-long scalar seen, if any. */
  Optional<Diagnostic> unsafe() {
    return unsafe;
  }

  private void record(JsonToken token) throws IOException {
    if (unsafe.isEmpty()) {
      unsafe = YamlGuard.problemAt(this, file, maxScalarChars);
    }
    JsonLocation loc = currentTokenLocation();
    String pointer = getParsingContext().pathAsPointer().toString();
    SourceRef ref = new SourceRef(file, loc.getLineNr(), loc.getColumnNr());
    at.putIfAbsent(pointer, ref);
    if (token != JsonToken.FIELD_NAME) {
      at.put(pointer + SourceMap.VALUE, ref);
      if (token.isScalarValue() && startsWithQuote(ref)) {
        at.put(pointer + SourceMap.CONTENT, new SourceRef(file, ref.line(), ref.column() + 1));
      }
    }
  }

  /** Whether the character at a 1-based line and code-point column opens a quoted scalar. */
  private boolean startsWithQuote(SourceRef ref) {
    int[] starts = lineStarts();
    if (ref.line() < 1 || ref.line() > starts.length || ref.column() < 1) {
      return false;
    }
    int lineStart = starts[ref.line() - 1];
    int lineEnd = ref.line() < starts.length ? starts[ref.line()] : text.length();
    if (text.codePointCount(lineStart, lineEnd) < ref.column()) {
      return false;
    }
    char c = text.charAt(text.offsetByCodePoints(lineStart, ref.column() - 1));
    return c == '"' || c == '\'';
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = text.lines().mapToInt(String::length).toArray();
      int[] offsets = new int[starts.length];
      int next = 0;
      for (int i = 0; i < starts.length; i++) {
        offsets[i] = next;
        next += starts[i];
        next += text.startsWith("\r\n", next) ? 2 : next < text.length() ? 1 : 0;
      }
      starts = offsets;
      lineStarts = starts;
    }
    return starts;
  }
}
