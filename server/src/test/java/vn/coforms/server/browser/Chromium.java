package vn.coforms.server.browser;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven headless through {@code chromium-driver}, as {@code .ci/run}
 * installs them. Where they are missing the browser tests are skipped with the command that
 * installs them, unless {@code COFORMS_BROWSER_TESTS=required} (set by {@code .ci/run}) makes their
 * absence a failure.
 */
final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** Whether JavaScript runs in the pages the driver opens. */
  enum Scripts {
    ON,
    OFF
  }

  /**
   * A headless browser whose downloads (PDFs included) land in {@code downloads}.
   *
   * @throws org.opentest4j.TestAbortedException when chromium is not installed and not required
   */
  static ChromeDriver start(Path downloads, Scripts scripts) {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String missing =
          "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
      if ("required".equals(System.getenv("COFORMS_BROWSER_TESTS"))) {
        throw new IllegalStateException(missing + ", and COFORMS_BROWSER_TESTS=required");
      }
      abort(missing + "; the browser tests are skipped on this machine");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1600",
        "--lang=vi");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false,
            "plugins.always_open_pdf_externally",
            true,
            "profile.managed_default_content_settings.javascript",
            scripts == Scripts.ON ? 1 : 2));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .build();
    return new ChromeDriver(service, options);
  }
}
