package vn.coforms.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.FormCatalogue;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.fonts.FontBook;

/** What the commands need, built once by {@link vn.coforms.server.Main}. */
public record Services(
    FormLoader loader,
    CertificateReader reader,
    FontBook fonts,
    TemplateEngine templates,
    Clock clock) {

  /** A renderer over a loaded catalogue. */
  public CertificateRenderer renderer(FormCatalogue catalogue) {
    return new CertificateRenderer(catalogue, fonts, templates, clock);
  }

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
