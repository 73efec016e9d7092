package vn.coforms.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;

/**
 * What the commands need, built once by {@link vn.coforms.server.Main}. Every service is stateless:
 * the catalogue a command loads is passed to each call. The clock dates what is "today"; the random
 * source makes the screens' CSRF tokens; the clock also times the reload debounce of {@code serve}.
 */
public record Services(
    FormLoader loader,
    CertificateReader reader,
    CertificateValidator validator,
    CertificateRenderer renderer,
    Clock clock,
    SecureRandom random) {

  /**
   * The forms folder: the given one, else {@code ./forms} when it exists, else the bundled
   * catalogue.
   */
  public LoadResult loadForms(@Nullable Path formsDir) {
    if (formsDir != null) {
      return loader.load(formsDir);
    }
    Path local = Path.of("forms");
    return Files.isDirectory(local.resolve("common")) ? loader.load(local) : loader.loadBundled();
  }
}
