package vn.coforms.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque, MPL 2.0, vendored under {@code src/test/resources/axe}) in the page the
 * driver shows. The script is injected by the driver, so the page's Content-Security-Policy, which
 * forbids inline script, stays as served.
 */
final class Axe {
  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private final String source;

  Axe() {
    try (InputStream in =
        Objects.requireNonNull(Axe.class.getResourceAsStream("/axe/axe.min.js"), "axe.min.js")) {
      this.source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The serious and critical violations on the current page, one line each: rule, impact, what it
   * means and the elements that break it.
   */
  List<String> seriousViolations(WebDriver driver) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(source);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done('failed: ' + e));");
    String json = String.valueOf(result);
    if (json.startsWith("failed: ")) {
      throw new IllegalStateException("axe-core did not run: " + json);
    }
    List<String> found = new ArrayList<>();
    for (JsonNode violation : JsonMapper.builder().build().readTree(json)) {
      String impact = violation.path("impact").asText();
      if (BLOCKING.contains(impact)) {
        List<String> targets = new ArrayList<>();
        violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
        found.add(
            violation.path("id").asText()
                + " ("
                + impact
                + "): "
                + violation.path("help").asText()
                + " at "
                + targets);
      }
    }
    return found;
  }
}
