package vn.coforms.server.http;

import java.util.Map;

/**
 * What an endpoint answers: a status, a media type, the body bytes, and any extra headers.
 *
 * @param headers extra response headers (e.g. {@code Allow}), written as given
 *     <p>The body array is handed to Jetty as is and never changed after the reply is made.
 */
@SuppressWarnings("ArrayRecordComponent") // built once, written once, never compared
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  public Reply {
    headers = Map.copyOf(headers);
  }

  public Reply(int status, String contentType, byte[] body) {
    this(status, contentType, body, Map.of());
  }
}
