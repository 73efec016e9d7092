package vn.coforms.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.server.TestServers;
import vn.coforms.server.browser.Chromium.Scripts;
import vn.coforms.server.http.CoformsServer;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.GenerateOptions;
import vn.coforms.testkit.ItemRows;

/**
 * A trader checks a Form E certificate in a real browser (issue 9.7), typing it in; a clerk opens a
 * Form D the test kit generated (issue 10.6), where typing twelve rows would only test typing. The
 * server runs in process on a free port, Debian's chromium drives the screens headless. Screenshots
 * of every step land in {@code server/target/screenshots} for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryScreenInBrowserTest {
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String EXPORTER = "DONG THAP AGRIFOOD EXPORT JOINT STOCK COMPANY";

  final List<ChromeDriver> drivers = new ArrayList<>();
  final Axe axe = new Axe();
  CoformsServer server;
  String testName = "";
  int shot;

  @BeforeAll
  void startServer() throws Exception {
    server = TestServers.withScreens(new CurrentCatalogue(TestServers.bundled()), line -> {});
    server.start();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void quitBrowsers() {
    drivers.forEach(WebDriver::quit);
    drivers.clear();
  }

  @AfterAll
  void stopServer() throws Exception {
    server.stop();
  }

  @Test
  void aTraderChecksAFormEInVietnameseFixesTheRvcAndPreviewsThePdf(@TempDir Path downloads)
      throws Exception {
    testName = "form-e";
    shot = 0;
    ChromeDriver browser = open(downloads, Scripts.ON, "forms/e");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

    while (browser.findElements(By.id("row-1")).isEmpty()) {
      browser.findElement(By.id("action-add-row")).click();
    }
    JsonNode fields = twoItemFormE();
    ((ObjectNode) fields.get("items").get(1)).put("criterion", "35%");
    new ScreenFiller(browser).fill(fields);
    screenshot(browser, "filled");

    browser.findElement(By.id("action-check")).click();
    WebElement summary = waitFor(browser, By.id("error-summary"));
    assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
    WebElement link = summary.findElement(By.cssSelector("a[href='#f-items-1-criterion']"));
    assertThat(link.getText()).contains("40%");
    WebElement inline = browser.findElement(By.id("f-items-1-criterion-error"));
    assertThat(inline.getText()).contains("40%");
    assertThat(browser.findElement(By.id("f-items-1-criterion")).getAttribute("aria-describedby"))
        .contains("f-items-1-criterion-error");
    assertThat(browser.findElement(By.id("f-items-1-criterion")).getAttribute("value"))
        .isEqualTo("35%");
    screenshot(browser, "rvc-error");
    assertThat(axe.seriousViolations(browser)).isEmpty();

    link.click();
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("f-items-1-criterion");
    new ScreenFiller(browser).set("items[1].criterion", "45%");
    browser.findElement(By.id("action-check")).click();
    waitFor(browser, By.id("check-passed"));
    assertThat(browser.findElements(By.id("error-summary"))).isEmpty();
    screenshot(browser, "check-passed");

    browser.findElement(By.id("action-preview")).click();
    Path pdf = awaitDownload(downloads);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document)).contains(EXPORTER);
    }

    browser.findElement(By.id("lang-en")).click();
    waitFor(browser, By.cssSelector("html[lang='en']"));
    assertThat(browser.findElement(By.id("f-exporter")).getAttribute("value")).startsWith(EXPORTER);
    assertThat(browser.findElement(By.id("f-items-1-criterion")).getAttribute("value"))
        .isEqualTo("45%");
    screenshot(browser, "english");
    assertThat(axe.seriousViolations(browser)).isEmpty();
  }

  @Test
  void aClerkOpensAGeneratedFormDWithTwelveItemsAndItChecksCleanAndPreviews(
      @TempDir Path downloads, @TempDir Path data) throws Exception {
    testName = "open-generated";
    shot = 0;
    Certificates certificates = Certificates.of(TestServers.bundled(), TestServers.TODAY);
    Certificate generated =
        certificates.generate("d", 11, GenerateOptions.defaults().withItems(12));
    Path file = Files.writeString(data.resolve("d.json"), certificates.json(generated));
    String exporter = String.valueOf(generated.fields().get("exporter"));
    ChromeDriver browser = open(downloads, Scripts.ON, "forms/d?lang=en");

    browser.findElement(By.id("data-file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("action-open")).click();

    waitFor(browser, By.id("check-passed"));
    assertThat(browser.findElements(By.id("error-summary"))).isEmpty();
    assertThat(rows(browser)).isEqualTo(12);
    assertThat(browser.findElement(By.id("f-exporter")).getAttribute("value"))
        .isEqualToNormalizingNewlines(exporter);
    screenshot(browser, "opened");
    assertThat(axe.seriousViolations(browser)).isEmpty();

    browser.findElement(By.id("action-preview")).click();
    Path pdf = awaitDownload(downloads);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains(exporter.substring(0, exporter.indexOf(' ')));
    }
  }

  /**
   * Every form's screen, present and future: it opens a generated two-item certificate of that form
   * (issue 11 point 2), shows its rows, checks it clean and has no serious accessibility violation.
   */
  @Test
  void everyFormsScreenOpensAGeneratedCertificateAndChecksItClean(
      @TempDir Path downloads, @TempDir Path data) throws Exception {
    testName = "every-form";
    shot = 0;
    Certificates certificates = Certificates.of(TestServers.bundled(), TestServers.TODAY);
    ChromeDriver browser = open(downloads, Scripts.ON, "?lang=en");
    for (FormDefinition form : certificates.catalogue().forms()) {
      ItemRows rows = ItemRows.of(form);
      int items = rows.grouped() ? rows.nearest(2) : 0;
      GenerateOptions options =
          rows.grouped() ? GenerateOptions.defaults().withItems(items) : GenerateOptions.defaults();
      Certificate generated = certificates.generate(form.id(), 5, options);
      Path file =
          Files.writeString(data.resolve(form.id() + ".json"), certificates.json(generated));
      browser.get(server.uri().resolve("forms/" + form.id() + "?lang=en").toString());
      browser.findElement(By.id("data-file")).sendKeys(file.toAbsolutePath().toString());
      browser.findElement(By.id("action-open")).click();

      waitFor(browser, By.id("check-passed"));
      assertThat(browser.findElements(By.id("error-summary"))).as(form.id()).isEmpty();
      assertThat(rows(browser)).as(form.id()).isEqualTo(items);
      screenshot(browser, form.id());
      assertThat(axe.seriousViolations(browser)).as(form.id()).isEmpty();
    }
  }

  @Test
  void rowsAreAddedAndRemovedWithoutJavaScript(@TempDir Path downloads) throws Exception {
    testName = "no-script";
    shot = 0;
    ChromeDriver browser = open(downloads, Scripts.OFF, "forms/e?lang=en");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    new ScreenFiller(browser).set("exporter", EXPORTER);
    int rows = rows(browser);

    browser.findElement(By.id("action-add-row")).click();
    waitFor(browser, By.id("row-" + rows));
    assertThat(rows(browser)).isEqualTo(rows + 1);
    assertThat(browser.findElement(By.name("exporter")).getAttribute("value")).isEqualTo(EXPORTER);
    screenshot(browser, "row-added");

    browser.findElement(By.id("action-remove-row-" + rows)).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.item-row"), rows));
    assertThat(browser.findElement(By.name("exporter")).getAttribute("value")).isEqualTo(EXPORTER);
    screenshot(browser, "row-removed");
  }

  @Test
  void theCatalogueListsEveryFormAndHasNoSeriousAccessibilityViolations(@TempDir Path downloads)
      throws Exception {
    testName = "catalogue";
    shot = 0;
    for (String lang : List.of("vi", "en")) {
      ChromeDriver browser = open(downloads, Scripts.ON, "?lang=" + lang);
      WebElement table = browser.findElement(By.id("catalogue"));
      for (FormDefinition form : TestServers.bundled().forms()) {
        assertThat(table.findElements(By.id("form-" + form.id()))).as(form.id()).hasSize(1);
      }
      screenshot(browser, lang);
      assertThat(axe.seriousViolations(browser)).isEmpty();
      browser.findElement(By.cssSelector("#form-d a[href='/forms/d']")).click();
      waitFor(browser, By.id("certificate"));
      screenshot(browser, "form-d-" + lang);
      assertThat(axe.seriousViolations(browser)).isEmpty();
    }
  }

  private ChromeDriver open(Path downloads, Scripts scripts, String path) {
    ChromeDriver browser = Chromium.start(downloads, scripts);
    drivers.add(browser);
    browser.get(server.uri().resolve(path).toString());
    return browser;
  }

  private static int rows(WebDriver browser) {
    return browser.findElements(By.cssSelector("fieldset.item-row")).size();
  }

  private static WebElement waitFor(WebDriver browser, By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** The first PDF that finishes downloading. */
  private static Path awaitDownload(Path downloads) {
    return new FluentWait<>(downloads)
        .withTimeout(Duration.ofSeconds(20))
        .pollingEvery(Duration.ofMillis(100))
        .until(dir -> finishedPdf(dir).orElse(null));
  }

  private static Optional<Path> finishedPdf(Path downloads) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The whole page, not only the window: the window is stretched to the page's height first. */
  private void screenshot(ChromeDriver browser, String step) throws IOException {
    shot++;
    Object height = browser.executeScript("return document.documentElement.scrollHeight;");
    int pixels = Math.min(8000, Math.max(800, ((Number) height).intValue()));
    browser.manage().window().setSize(new Dimension(1280, pixels));
    Files.write(
        SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, shot, step)),
        browser.getScreenshotAs(OutputType.BYTES));
  }

  /** Form E's basic sample cut to two items: a WO item and an RVC item. */
  private static JsonNode twoItemFormE() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            EntryScreenInBrowserTest.class.getResourceAsStream("/samples/e/valid-basic.json"))) {
      JsonNode fields = JsonMapper.builder().build().readTree(in).get("fields");
      ArrayNode items = (ArrayNode) fields.get("items");
      items.remove(1);
      return fields;
    }
  }
}
