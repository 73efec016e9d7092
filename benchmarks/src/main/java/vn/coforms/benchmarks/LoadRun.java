package vn.coforms.benchmarks;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.certificate.CertificateWriter;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.server.http.CoformsServer;

/**
 * The HTTP load benchmark (issue 9 point 8): starts the server on a free loopback port in this JVM,
 * then measures side by side, each phase warmed up first, with closed-loop workers: a Form E
 * validation (the hand-written basic sample) in process and through {@code POST
 * /api/forms/e/validate}, a 3-item Form D render in process and through {@code POST
 * /api/forms/d/render}; the Form D is made by the test kit's generator with a fixed seed and day,
 * so both sides of a phase post the same data on every run. Prints a table, optionally writes JSON.
 *
 * <p>Run: {@code mvn -o -Pbench -DskipTests package && java -cp benchmarks/target/benchmarks.jar
 * vn.coforms.benchmarks.LoadRun --out load.json}
 */
public final class LoadRun {
  static final String VALIDATE = "validate";
  static final String VALIDATE_HTTP = "validate-http";
  static final String RENDER = "render";
  static final String RENDER_HTTP = "render-http";

  private final LoadOptions options;
  private final Clock clock;
  private final PrintStream out;

  LoadRun(LoadOptions options, Clock clock, PrintStream out) {
    this.options = options;
    this.clock = clock;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("LoadRun: " + e.getMessage());
      System.err.println(LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    LoadReport report = new LoadRun(options, Clock.systemUTC(), System.out).run();
    System.exit(report.phases().stream().anyMatch(p -> p.errors() > 0) ? 1 : 0);
  }

  LoadReport run() throws Exception {
    Catalogue catalogue = Benchmarks.catalogue();
    CertificateValidator validator = Benchmarks.validator();
    CertificateRenderer renderer = Benchmarks.renderer();
    Certificate formE = Benchmarks.sample("e", "valid-basic");
    Certificate formD = Benchmarks.generated(catalogue, "d", 3);
    CertificateWriter writer = new CertificateWriter();
    byte[] formEJson = writer.toJson(formE).getBytes(StandardCharsets.UTF_8);
    byte[] formDJson = writer.toJson(formD).getBytes(StandardCharsets.UTF_8);
    Map<String, Object> machine = machine();
    CoformsServer server =
        new CoformsServer(
            new CertificateReader(),
            validator,
            renderer,
            new CurrentCatalogue(catalogue),
            JsonMapper.builder().build(),
            message -> out.println("server: " + message),
            "127.0.0.1",
            0);
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
    URI validateUri = base.resolve("api/forms/e/validate");
    URI renderUri = base.resolve("api/forms/d/render");
    int connections = Math.max(options.validateWorkers(), options.renderWorkers());
    ClosedLoop loop = new ClosedLoop(options.warmUp(), options.measure());
    List<PhaseResult> phases = new ArrayList<>();
    try (Transport http =
        options.client().equals("jdk") ? new JdkTransport() : new JettyTransport(connections)) {
      machine.put("client", http.name());
      out.printf(
          "coforms load run: server on %s, client %s, %d s warm-up + %d s measured per phase%n",
          base, http.name(), options.warmUp().toSeconds(), options.measure().toSeconds());
      phases.add(
          phase(
              loop,
              VALIDATE,
              options.validateWorkers(),
              () ->
                  CertificateValidator.passes(validator.validate(catalogue, formE))
                      ? Optional.empty()
                      : Optional.of("the Form E sample has findings")));
      phases.add(
          phase(
              loop,
              VALIDATE_HTTP,
              options.validateWorkers(),
              () -> ok(http, validateUri, formEJson)));
      phases.add(
          phase(
              loop,
              RENDER,
              options.renderWorkers(),
              () ->
                  renderer.render(catalogue, formD, RenderOptions.defaults()).length > 1_000
                      ? Optional.empty()
                      : Optional.of("the PDF is shorter than 1,000 bytes")));
      phases.add(
          phase(loop, RENDER_HTTP, options.renderWorkers(), () -> ok(http, renderUri, formDJson)));
    } finally {
      server.stop();
    }
    machine.put("loadAverageAfter", loadAverage());
    LoadReport report = new LoadReport(machine, phases);
    out.print(report.table());
    out.println(
        "machine: "
            + machine.get("cpus")
            + " CPUs, "
            + machine.get("jvm")
            + ", load average "
            + machine.get("loadAverageBefore")
            + " before, "
            + machine.get("loadAverageAfter")
            + " after");
    if (options.out().isPresent()) {
      report.writeJson(options.out().get());
      out.println("written: " + options.out().get());
    }
    return report;
  }

  private PhaseResult phase(ClosedLoop loop, String name, int workers, Call call)
      throws InterruptedException {
    out.printf("  %s: %d workers...%n", name, workers);
    return loop.run(name, workers, call);
  }

  private static Optional<String> ok(Transport http, URI uri, byte[] body) throws Exception {
    Transport.Answer answer = http.post(uri, body);
    if (answer.status() != 200) {
      return Optional.of("status " + answer.status() + " from " + uri.getPath());
    }
    if (answer.bytes() == 0) {
      return Optional.of("an empty body from " + uri.getPath());
    }
    return Optional.empty();
  }

  private Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", clock.instant().toString());
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put(
        "jvm",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("warmUpSeconds", options.warmUp().toSeconds());
    m.put("measureSeconds", options.measure().toSeconds());
    m.put("loadAverageBefore", loadAverage());
    return m;
  }

  private static String loadAverage() {
    return String.format(
        java.util.Locale.ROOT,
        "%.2f",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
