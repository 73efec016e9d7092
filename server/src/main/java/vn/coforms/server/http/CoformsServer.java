package vn.coforms.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;

/**
 * The embedded Jetty server and its routes, built from the services the composition root made and
 * the catalogue in force. Holds no static state: two servers in one JVM are independent.
 *
 * <p>On stop (or JVM shutdown: Ctrl-C, SIGTERM) the server stops accepting, lets the requests in
 * flight finish for up to {@link #GRACE}, then closes.
 */
public final class CoformsServer {
  /** The largest request line plus headers, in bytes: a certificate travels in the body. */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  /** How long a stop waits for requests in flight. */
  public static final Duration GRACE = Duration.ofSeconds(10);

  private final Server server;
  private final ServerConnector connector;
  private final GracefulHandler graceful;
  private final Router router;

  /**
   * A server on {@code host} and {@code port} (0 picks a free port), not yet started.
   *
   * @param host the interface to listen on: {@code localhost}, or {@code 0.0.0.0} for every one
   * @param log where failures are reported (never the client)
   */
  public CoformsServer(
      CertificateReader reader,
      CertificateValidator validator,
      CertificateRenderer renderer,
      CurrentCatalogue catalogue,
      ObjectMapper mapper,
      Consumer<String> log,
      String host,
      int port) {
    this(
        reader,
        validator,
        renderer,
        catalogue,
        mapper,
        log,
        host,
        port,
        new Handler.Sequence(),
        List.of(),
        List.of());
  }

  /**
   * A server whose {@code screens} (the HTML pages) answer first; what they leave goes to the API,
   * then to {@code moreRoutes}.
   *
   * @param moreRoutes routes of other packages (the problems of a forms folder)
   * @param services started before the server listens, stopped after it has stopped (a forms folder
   *     watcher)
   */
  public CoformsServer(
      CertificateReader reader,
      CertificateValidator validator,
      CertificateRenderer renderer,
      CurrentCatalogue catalogue,
      ObjectMapper mapper,
      Consumer<String> log,
      String host,
      int port,
      Handler screens,
      List<Route> moreRoutes,
      List<LifeCycle> services) {
    JsonBodies json = new JsonBodies(mapper);
    CertificateBody body = new CertificateBody(reader);
    this.router =
        new Router(
            List.of(
                new Route("GET", "/api/health", new HealthEndpoint(catalogue, json)),
                new Route("GET", "/api/forms", new FormListEndpoint(catalogue, json)),
                new Route(
                    "POST",
                    "/api/forms/{id}/validate",
                    new ValidateEndpoint(catalogue, body, validator, json)),
                new Route(
                    "POST",
                    "/api/forms/{id}/render",
                    new RenderEndpoint(catalogue, body, validator, renderer)),
                new Route("GET", "/api/forms/{id}", new FormDefinitionEndpoint(catalogue, json)),
                new Route("GET", "/api/openapi.json", new OpenApiEndpoint())),
            moreRoutes,
            json,
            log);
    this.server = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    connector.setHost(host);
    server.addConnector(connector);
    this.graceful = new GracefulHandler(new SecurityHeaders(new Handler.Sequence(screens, router)));
    server.setHandler(graceful);
    server.setErrorHandler(new ProblemErrorHandler(json));
    server.setStopTimeout(GRACE.toMillis());
    server.setStopAtShutdown(true);
    services.forEach(server::addManaged);
  }

  /** Starts listening; returns once the port is bound. */
  public void start() throws Exception {
    server.start();
  }

  /** The port listened on (the chosen one when created with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The address to print: {@code http://localhost:PORT/}. */
  public URI uri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  /** Waits until the server has stopped. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** The routes served, in the order they are tried. */
  List<Route> routes() {
    return router.routes();
  }

  /** How many requests are being answered now. */
  long inFlight() {
    return graceful.getCurrentRequestCount();
  }

  /** Whether a stop has begun: new requests are refused, those in flight finish. */
  boolean stopping() {
    return graceful.isShutdown();
  }

  /** Stops gracefully: requests in flight finish first (up to {@link #GRACE}). */
  public void stop() throws Exception {
    server.stop();
  }
}
