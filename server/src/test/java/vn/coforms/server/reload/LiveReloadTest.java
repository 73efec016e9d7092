package vn.coforms.server.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.load.YamlMappers;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.samples.Samples;
import vn.coforms.server.TestServers;
import vn.coforms.server.http.CoformsServer;
import vn.coforms.testkit.Certificates;

/**
 * {@code serve --forms DIR} in process on a free port over a temporary copy of the bundled forms:
 * files are written, broken, fixed, added and deleted in turn while a background thread keeps
 * validating certificates of two forms, none of which may fail. Each step polls the server until it
 * shows the change; the deadline is a hang guard, not a speed test (the machine is shared), and the
 * time each change took to go live is printed for the record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveReloadTest {
  /** How long a step may wait for its change: a hang guard, far above the 2 s goal. */
  static final Duration LIVE = Duration.ofSeconds(20);

  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  static final String TITLE =
      "Preferential Certificate of Origin Form D (ASEAN Trade in Goods Agreement)";
  static final String EDITED = "Form D, edited live";

  Path forms;
  String original;
  final ObjectMapper mapper = JsonMapper.builder().build();
  final HttpClient client = HttpClient.newHttpClient();
  final List<String> log = new CopyOnWriteArrayList<>();
  final List<Long> latenciesMillis = new CopyOnWriteArrayList<>();
  CoformsServer server;
  Traffic traffic;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    forms = temp.resolve("forms");
    copy(DefinitionTestHelper.repositoryRoot().resolve("forms"), forms);
    original = Files.readString(forms.resolve("d.yaml"));
    FormLoader loader = new FormLoader(YamlMappers.forms(), new TemplateEngine());
    LoadResult loaded = loader.load(forms);
    CurrentCatalogue current = new CurrentCatalogue(loaded.orThrow());
    LiveForms live =
        LiveForms.watching(
            forms,
            loader,
            current,
            Clock.systemUTC(),
            mapper,
            l -> log.add(Instant.now() + " " + l));
    live.started(loaded);
    server = TestServers.live(current, log::add, live);
    server.start();
    traffic = new Traffic();
    traffic.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> traffic.answered.get() > 0);
  }

  @AfterAll
  void stop() throws Exception {
    traffic.stop();
    server.stop();
    System.out.println("live reload latencies (ms, write to served): " + latenciesMillis);
    log.forEach(System.out::println);
  }

  @Test
  @Order(1)
  void aSavedLabelIsServed() throws Exception {
    write("d.yaml", original.replace(TITLE, EDITED));

    live(() -> titleOf("d").equals(EDITED));

    assertThat(problems("d").get("problems")).isEmpty();
    assertThat(problems("d").get("served").asBoolean()).isTrue();
  }

  @Test
  @Order(2)
  void aSyntaxErrorKeepsTheLastGoodVersionServingAndSaysWhere() throws Exception {
    write("d.yaml", original.replace(TITLE, "Form D, broken").replace("code: \"D\"", "code: \"D"));

    live(() -> problems("d").get("problems").size() > 0);

    JsonNode p = problems("d").get("problems").get(0);
    assertThat(p.get("file").asText()).isEqualTo("d.yaml");
    assertThat(p.get("line").asInt()).isPositive();
    assertThat(p.get("column").asInt()).isPositive();
    assertThat(p.get("code").asText()).startsWith("yaml.");
    assertThat(p.get("fix").asText()).isNotBlank();
    assertThat(problems("d").get("served").asBoolean()).isTrue();
    assertThat(titleOf("d")).isEqualTo(EDITED);
    String where = "d.yaml:" + p.get("line").asInt() + ":" + p.get("column").asInt();
    HttpResponse<String> page = get("/forms/d/problems?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains(where + ": error[" + p.get("code").asText() + "]");
    assertThat(page.body()).contains("last good version");
    assertThat(log.stream().filter(l -> l.contains(where + ": error[")).count()).isOne();
  }

  @Test
  @Order(3)
  void aSchemaErrorKeepsTheLastGoodVersionServingAndSaysWhere() throws Exception {
    write("d.yaml", original.replace(TITLE, "Form D, broken").replace("code: \"D\"", "code: 42"));

    live(() -> problems("d").toString().contains("\"line\":7,"));

    JsonNode p = problems("d").get("problems").get(0);
    assertThat(p.get("file").asText()).isEqualTo("d.yaml");
    assertThat(p.get("line").asInt()).isEqualTo(7);
    assertThat(p.get("column").asInt()).isPositive();
    assertThat(p.get("message").asText()).isNotBlank();
    assertThat(titleOf("d")).isEqualTo(EDITED);
    assertThat(get("/forms/d/problems?lang=en").body())
        .contains("d.yaml:7:" + p.get("column").asInt());
  }

  @Test
  @Order(4)
  void fixingTheFileClearsItsProblems() throws Exception {
    write("d.yaml", original.replace(TITLE, EDITED + " again"));

    live(() -> titleOf("d").equals(EDITED + " again"));

    assertThat(problems("d").get("problems")).isEmpty();
    assertThat(get("/forms/d/problems?lang=en").body()).contains("no problems");
  }

  @Test
  @Order(5)
  void aNewFormAppears() throws Exception {
    write("demo.yaml", demo());

    live(() -> titleOf("demo").equals("Demo certificate of origin"));

    assertThat(problems("demo").get("problems")).isEmpty();
  }

  @Test
  @Order(6)
  void aBrokenSharedFragmentKeepsTheFormsThatUseItWhileTheOthersUpdate() throws Exception {
    String texts = Files.readString(forms.resolve("common/texts.yaml"));
    write("common/texts.yaml", texts.replace("texts:\n", "texts: [\n"));
    write("demo.yaml", demo().replace("Demo certificate of origin", "Demo, edited"));

    live(() -> titleOf("demo").equals("Demo, edited"));

    await()
        .atMost(LIVE)
        .until(() -> problems("d").toString().contains("\"file\":\"common/texts.yaml\""));
    assertThat(titleOf("d")).isEqualTo(EDITED + " again");
    assertThat(problems("d").get("served").asBoolean()).isTrue();
    assertThat(problems("demo").get("problems")).isEmpty();

    write("common/texts.yaml", texts);
    live(() -> problems("d").get("problems").isEmpty());
  }

  @Test
  @Order(7)
  void aDeletedFormDisappearsWithItsProblems() throws Exception {
    Files.delete(forms.resolve("demo.yaml"));

    live(() -> !formIds().contains("demo"));

    assertThat(get("/api/forms/demo/problems").statusCode()).isEqualTo(404);
    assertThat(get("/forms/demo/problems").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(8)
  void aFormWhoseFirstVersionIsBrokenIsNotServedButHasItsProblemsPage() throws Exception {
    write(
        "fresh.yaml", demo().replace("id: demo", "id: fresh").replace("code: \"DEMO\"", "code: ["));

    live(() -> get("/api/forms/fresh/problems").statusCode() == 200);

    assertThat(problems("fresh").get("served").asBoolean()).isFalse();
    assertThat(problems("fresh").get("problems").get(0).get("file").asText())
        .isEqualTo("fresh.yaml");
    assertThat(formIds()).doesNotContain("fresh");
    assertThat(get("/forms/fresh/problems?lang=en").body()).contains("not served");
    Files.delete(forms.resolve("fresh.yaml"));
    live(() -> get("/api/forms/fresh/problems").statusCode() == 404);
  }

  @Test
  @Order(10)
  void noRequestFailedWhileTheFormsChanged() {
    traffic.stop();
    assertThat(traffic.failures).isEmpty();
    assertThat(traffic.answered.get()).isGreaterThan(10);
  }

  @Test
  @Order(9)
  void aFormCopiedIntoTheFolderIsListedValidatesAndRendersWithoutARestart() throws Exception {
    // the guide's example form: bundled nowhere, written by following docs/adding-a-form.md
    String tutorial = guideForm();
    assertThat(get("/?lang=en").body()).doesNotContain("form-tutorial");

    write("tutorial.yaml", tutorial);

    live(() -> get("/?lang=en").body().contains("<tr id=\"form-tutorial\""));
    assertThat(get("/forms/tutorial").statusCode()).isEqualTo(200);
    Certificates kit = Certificates.from(forms).on(LocalDate.of(2026, 11, 20));
    String certificate = kit.json(kit.generate("tutorial", 7));
    HttpResponse<String> validated = post("/api/forms/tutorial/validate", certificate);
    assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
    assertThat(mapper.readTree(validated.body()).get("valid").asBoolean())
        .as(validated.body())
        .isTrue();
    HttpResponse<byte[]> rendered =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/forms/tutorial/render"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(certificate, StandardCharsets.UTF_8))
                .build(),
            BodyHandlers.ofByteArray());
    assertThat(rendered.statusCode()).isEqualTo(200);
    assertThat(rendered.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(rendered.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String broken =
        kit.json(kit.invalid("tutorial", "tutorial.third-country-invoicing.company", 7));
    assertThat(post("/api/forms/tutorial/validate", broken).body())
        .contains("tutorial.third-country-invoicing.company");
  }

  // --- helpers

  /** Polls until {@code served} holds (at most {@link #LIVE}); notes how long it took. */
  void live(java.util.concurrent.Callable<Boolean> served) {
    long start = System.nanoTime();
    await().atMost(LIVE).pollInterval(Duration.ofMillis(20)).until(served);
    latenciesMillis.add((System.nanoTime() - start) / 1_000_000);
  }

  void write(String file, String text) throws IOException {
    log.add(Instant.now() + " test writes " + file);
    Files.writeString(forms.resolve(file), text, StandardCharsets.UTF_8);
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(), BodyHandlers.ofString());
  }

  JsonNode problems(String id) throws Exception {
    HttpResponse<String> r = get("/api/forms/" + id + "/problems");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return mapper.readTree(r.body());
  }

  List<String> formIds() throws Exception {
    List<String> ids = new ArrayList<>();
    mapper
        .readTree(get("/api/forms").body())
        .get("forms")
        .forEach(f -> ids.add(f.get("id").asText()));
    return ids;
  }

  String titleOf(String id) throws Exception {
    for (JsonNode f : mapper.readTree(get("/api/forms").body()).get("forms")) {
      if (f.get("id").asText().equals(id)) {
        return f.get("title").get("en").asText();
      }
    }
    return "";
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofString());
  }

  /** The example form of docs/adding-a-form.md. */
  static String guideForm() throws IOException {
    String guide =
        Files.readString(DefinitionTestHelper.repositoryRoot().resolve("docs/adding-a-form.md"));
    Matcher m =
        Pattern.compile("```yaml file=forms/tutorial.yaml\n(.*?)```", Pattern.DOTALL)
            .matcher(guide);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static String demo() throws IOException {
    String readme = Files.readString(DefinitionTestHelper.repositoryRoot().resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Declaring a form"));
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (p.getFileName().toString().endsWith(".yaml")
            || p.getFileName().toString().endsWith(".json")) {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Validates a valid certificate of form e and one of form d in turn, until stopped. */
  final class Traffic {
    static final Duration PACE = Duration.ofMillis(10);
    final List<String> failures = new CopyOnWriteArrayList<>();
    final AtomicInteger answered = new AtomicInteger();
    final AtomicBoolean running = new AtomicBoolean(true);
    final Thread thread = new Thread(this::run, "live-reload-test-traffic");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      running.set(false);
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void run() {
      String e = sample("e", "valid-basic");
      String d = sample("d", "valid-long");
      while (running.get()) {
        check("e", e);
        check("d", d);
        // a steady stream, not a flood: the machine's two cores also reload the forms
        LockSupport.parkNanos(PACE.toNanos());
      }
    }

    private void check(String form, String body) {
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/forms/" + form + "/validate"))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                BodyHandlers.ofString());
        if (r.statusCode() != 200 || !mapper.readTree(r.body()).get("valid").asBoolean()) {
          failures.add(form + ": " + r.statusCode() + " " + r.body());
        }
        answered.incrementAndGet();
      } catch (IOException | InterruptedException | RuntimeException ex) {
        failures.add(form + ": " + ex);
      }
    }

    private String sample(String form, String name) {
      return Samples.of(form).stream()
          .filter(s -> s.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new UncheckedIOException(new IOException("no sample " + name)))
          .text();
    }
  }
}
