package vn.coforms.framework.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a catalogue: a SHA-256 digest of the names and text of the files it was loaded
 * from, in the order they were read. One per load; not thread-safe.
 */
final class SourceDigest {
  /** Hex digits kept: 64 bits tell snapshots apart and still read well in a log line. */
  private static final int HEX_DIGITS = 16;

  private final MessageDigest sha;

  SourceDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds one file that was read; the name is included, so renaming a file changes the version. */
  void add(String name, String text) {
    update(name);
    update(text);
  }

  private void update(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sha.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    sha.update(bytes);
  }

  /** The version of everything added so far; call it once, after the last file. */
  String version() {
    return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
  }
}
