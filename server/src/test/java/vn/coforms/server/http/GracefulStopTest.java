package vn.coforms.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.samples.Samples;
import vn.coforms.server.TestServers;

/** Stopping the server lets a request in flight finish, then refuses new connections. */
class GracefulStopTest {
  @Test
  void aRequestInFlightWhenTheServerStopsStillGetsItsAnswer() throws Exception {
    CoformsServer server =
        TestServers.api(new CurrentCatalogue(TestServers.bundled()), message -> {});
    server.start();
    byte[] body =
        Samples.of("e").stream()
            .filter(s -> s.name().equals("valid-basic"))
            .findFirst()
            .orElseThrow()
            .text()
            .getBytes(StandardCharsets.UTF_8);
    int half = body.length / 2;
    int port = server.port();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (Socket client = new Socket("localhost", port)) {
            OutputStream out = client.getOutputStream();
            out.write(
                ("POST /api/forms/e/validate HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: "
                        + body.length
                        + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            while (server.inFlight() == 0) {
              Thread.onSpinWait();
            }
            CompletableFuture<Void> stopped =
                CompletableFuture.runAsync(
                    () -> {
                      try {
                        server.stop();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    });
            while (!server.stopping()) {
              Thread.onSpinWait();
            }
            // the second half of the body arrives after the stop has begun
            out.write(body, half, body.length - half);
            out.flush();
            String answer =
                new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"valid\":true");
            stopped.get();
          }
        });
    assertThat(refusesConnections(port)).isTrue();
  }

  private static boolean refusesConnections(int port) {
    try (Socket s = new Socket("localhost", port)) {
      return !s.isConnected();
    } catch (IOException e) {
      return true;
    }
  }
}
