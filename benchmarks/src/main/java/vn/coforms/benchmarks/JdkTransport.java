package vn.coforms.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code java.net.http.HttpClient}, HTTP/1.1, its callbacks on one named daemon pool. */
final class JdkTransport implements Transport {
  private final ExecutorService executor;
  private final HttpClient client;

  JdkTransport() {
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, ThreadNames.CLIENT + "jdk");
              t.setDaemon(true);
              return t;
            });
    this.client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).build();
  }

  @Override
  public Answer post(URI uri, byte[] body) throws Exception {
    var response =
        client.send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.body().length);
  }

  @Override
  public String name() {
    return "java.net.http";
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
