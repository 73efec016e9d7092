package vn.coforms.framework.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a file's bytes as strict UTF-8; a byte sequence that is not UTF-8 becomes a diagnostic at
 * the line and column where it starts, never a silently replaced character or a bare exception.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** The decoded text, or the diagnostic that locates the first malformed byte. */
  public record Decoded(Optional<String> text, Optional<Diagnostic> problem) {}

  /**
   * Decodes {@code bytes}; {@code code} is the diagnostic code reported for malformed input (e.g.
   * {@code yaml.encoding}).
   */
  public static Decoded decode(String file, byte[] bytes, String code) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      return new Decoded(
          Optional.empty(), Optional.of(malformed(file, out, bytes, in.position(), code)));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return new Decoded(
        Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text), Optional.empty());
  }

  private static Diagnostic malformed(
      String file, CharBuffer decoded, byte[] bytes, int offset, String code) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.length(); i++) {
      if (decoded.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return Diagnostic.error(
        code,
        new SourceRef(file, line, column),
        String.format("byte 0x%02X at offset %d is not UTF-8 text", bytes[offset] & 0xFF, offset),
        "save the file as UTF-8 (without a byte-order mark is best)");
  }
}
