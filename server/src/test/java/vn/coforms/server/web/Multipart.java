package vn.coforms.server.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** A multipart/form-data body with the CSRF field and one file, as a browser sends it. */
final class Multipart {
  static final String BOUNDARY = "----coformsTestBoundary7MA4YWxkTrZu0gW";

  private Multipart() {}

  static byte[] body(@Nullable String token, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (token != null) {
      write(out, "--" + BOUNDARY + "\r\n");
      write(out, "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
    }
    write(out, "--" + BOUNDARY + "\r\n");
    write(
        out,
        "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/json\r\n\r\n");
    out.writeBytes(file);
    write(out, "\r\n--" + BOUNDARY + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
