package vn.coforms.benchmarks;

import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Jetty's {@code HttpClient} (HTTP/1.1), its selector and callbacks on one named pool. */
final class JettyTransport implements Transport {
  /** Larger than any certificate PDF the benchmark renders (about 100 KB). */
  private static final int MAX_ANSWER_BYTES = 8 * 1024 * 1024;

  private final HttpClient client;

  JettyTransport(int connections) throws Exception {
    QueuedThreadPool pool = new QueuedThreadPool();
    pool.setName(ThreadNames.CLIENT + "jetty");
    pool.setDaemon(true);
    this.client = new HttpClient();
    client.setExecutor(pool);
    client.setMaxConnectionsPerDestination(Math.max(connections, 1));
    client.setFollowRedirects(false);
    client.start();
  }

  @Override
  public Answer post(URI uri, byte[] body) throws Exception {
    Request request =
        client
            .newRequest(uri)
            .method(HttpMethod.POST)
            .body(new BytesRequestContent("application/json", body));
    ContentResponse response =
        new CompletableResponseListener(request, MAX_ANSWER_BYTES).send().get();
    return new Answer(response.getStatus(), response.getContent().length);
  }

  @Override
  public String name() {
    return "jetty-client";
  }

  @Override
  public void close() throws IOException {
    try {
      client.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IOException("cannot stop the HTTP client", e);
    }
  }
}
