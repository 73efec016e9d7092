package vn.coforms.server;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jetty.server.Handler;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.YamlMappers;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.server.http.CoformsServer;
import vn.coforms.server.reload.FormStatus;
import vn.coforms.server.reload.LiveForms;
import vn.coforms.server.web.Screens;

/**
 * Servers for tests, built as {@code serve} builds them but on a free port and a fixed day: the API
 * alone, with the entry screens, or with live forms. Not started.
 */
public final class TestServers {
  /** The day every test server believes it is. */
  public static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private TestServers() {}

  /** The bundled forms, loaded. */
  public static Catalogue bundled() {
    return new FormLoader(YamlMappers.forms(), new TemplateEngine()).loadBundled().orThrow();
  }

  /** A renderer over the classpath fonts that validates with {@code validator}. */
  public static CertificateRenderer renderer(CertificateValidator validator) {
    return new CertificateRenderer(FontBook.fromClasspath(), new TemplateEngine(), validator);
  }

  /** The JSON API alone over {@code catalogue}. */
  public static CoformsServer api(CurrentCatalogue catalogue, Consumer<String> log) {
    return server(catalogue, log, false, LiveForms.fixed(catalogue, mapper()));
  }

  /** The entry screens and the API over {@code catalogue}. */
  public static CoformsServer withScreens(CurrentCatalogue catalogue, Consumer<String> log) {
    return server(catalogue, log, true, LiveForms.fixed(catalogue, mapper()));
  }

  /** The entry screens and the API, the problems page answering from {@code problems}. */
  public static CoformsServer withProblems(
      CurrentCatalogue catalogue,
      Consumer<String> log,
      Function<String, Optional<FormStatus>> problems) {
    return server(catalogue, log, true, LiveForms.fixed(catalogue, mapper()), problems);
  }

  /** The screens, the API, and {@code live}'s problems and watcher over {@code catalogue}. */
  public static CoformsServer live(
      CurrentCatalogue catalogue, Consumer<String> log, LiveForms live) {
    return server(catalogue, log, true, live);
  }

  private static CoformsServer server(
      CurrentCatalogue catalogue, Consumer<String> log, boolean screens, LiveForms live) {
    return server(catalogue, log, screens, live, live::status);
  }

  private static CoformsServer server(
      CurrentCatalogue catalogue,
      Consumer<String> log,
      boolean screens,
      LiveForms live,
      Function<String, Optional<FormStatus>> problems) {
    CertificateValidator validator = new CertificateValidator(TODAY);
    CertificateRenderer renderer = renderer(validator);
    CertificateReader reader = new CertificateReader();
    Handler pages =
        screens
            ? new Screens(
                catalogue, reader, validator, renderer, TODAY, new SecureRandom(), problems, log)
            : new Handler.Sequence();
    return new CoformsServer(
        reader,
        validator,
        renderer,
        catalogue,
        mapper(),
        log,
        "localhost",
        0,
        pages,
        live.routes(),
        live.services());
  }

  private static JsonMapper mapper() {
    return JsonMapper.builder().build();
  }
}
