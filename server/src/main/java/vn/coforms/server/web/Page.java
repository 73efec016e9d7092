package vn.coforms.server.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a screen answers: status, media type, body and extra headers.
 *
 * <p>The body array is handed to Jetty as is and never changed after the page is made.
 */
@SuppressWarnings("ArrayRecordComponent") // built once, written once, never compared
record Page(int status, String contentType, byte[] body, Map<String, String> headers) {
  Page {
    headers = Map.copyOf(headers);
  }

  static Page html(int status, String html) {
    return new Page(
        status, "text/html;charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
