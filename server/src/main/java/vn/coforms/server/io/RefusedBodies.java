package vn.coforms.server.io;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * What an error answer does with the body it refused. Left unread, Jetty closes the connection on
 * those bytes and the kernel resets it, so a client still sending never reads the answer. The rest
 * of the body is read first (up to {@link #LIMIT} bytes) and the answer says the connection closes.
 */
public final class RefusedBodies {
  /** The most of a refused body read and dropped; beyond it the answer races the reset. */
  public static final long LIMIT = 8L * 1024 * 1024;

  private RefusedBodies() {}

  /** For an error {@code status} to a request with a body: drains it and closes the connection. */
  public static void settle(int status, Request request, Response response) {
    boolean hasBody =
        request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (status < 400 || !hasBody) {
      return;
    }
    discard(request);
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
  }

  private static void discard(Request request) {
    if (request.getLength() > LIMIT) {
      return;
    }
    byte[] sink = new byte[16 * 1024];
    long left = LIMIT;
    try (InputStream in = Content.Source.asInputStream(request)) {
      for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // the client went away or cut the body short: nothing is left to protect
    }
  }
}
