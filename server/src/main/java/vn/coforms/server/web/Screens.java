package vn.coforms.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.certificate.CertificateWriter;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.renderer.layout.RenderException;
import vn.coforms.samples.Samples;
import vn.coforms.server.io.RefusedBodies;
import vn.coforms.server.reload.FormStatus;

/**
 * The HTML side of the server: {@code GET /} (the catalogue), {@code GET|POST /forms/{id}} (the
 * entry screen and its actions), {@code POST /forms/{id}/open} (continue from a data file) and
 * {@code /assets/*}. Any other request is left to the next handler (the API). The only public type
 * of this package.
 *
 * <p>Every post carries the CSRF token; every page honours the {@code lang} cookie.
 */
public final class Screens extends Handler.Abstract {
  /** The largest form post or data-file upload, in bytes (a certificate's own limit). */
  static final int MAX_BODY = CertificateReader.MAX_BYTES;

  /** The most fields one post may carry: 500 item rows of about 12 controls, with room. */
  static final int MAX_FIELDS = 20_000;

  private static final Pattern FORM_PATH = Pattern.compile("/forms/([a-z][a-z0-9-]{0,63})(/open)?");
  private static final Pattern PROBLEMS_PATH =
      Pattern.compile("/forms/([a-z][a-z0-9-]{0,63})/problems");
  private static final Pattern REMOVE = Pattern.compile("remove-row:([0-9]{1,6})");
  private static final Pattern SWITCH_LANGUAGE = Pattern.compile("lang:([a-z]{2})");

  private final CurrentCatalogue catalogue;
  private final CertificateReader reader;
  private final CertificateValidator validator;
  private final CertificateRenderer renderer;
  private final Clock clock;
  private final Csrf csrf;
  private final Consumer<String> log;
  private final Texts texts = new Texts();
  private final Templates templates = new Templates();
  private final Assets assets = new Assets();
  private final CertificateWriter writer = new CertificateWriter();
  private final CatalogueRows rows;
  private final Function<String, Optional<FormStatus>> problems;

  /**
   * The screens over the catalogue in force and the services of the composition root.
   *
   * @param random the source of CSRF tokens
   * @param problems the load problems of a form by id, for {@code /forms/{id}/problems}
   * @param log where failures are reported (never the browser)
   */
  public Screens(
      CurrentCatalogue catalogue,
      CertificateReader reader,
      CertificateValidator validator,
      CertificateRenderer renderer,
      Clock clock,
      SecureRandom random,
      Function<String, Optional<FormStatus>> problems,
      Consumer<String> log) {
    this.catalogue = catalogue;
    this.problems = problems;
    this.reader = reader;
    this.validator = validator;
    this.renderer = renderer;
    this.clock = clock;
    this.csrf = new Csrf(random);
    this.log = log;
    Map<String, Integer> counts = new HashMap<>();
    Samples.all().forEach(s -> counts.merge(s.formId(), 1, Integer::sum));
    this.rows = new CatalogueRows(texts, id -> counts.getOrDefault(id, 0));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    Optional<Page> asset = method.equals("GET") ? assets.get(path) : Optional.empty();
    Matcher form = FORM_PATH.matcher(path);
    Matcher problemsOf = PROBLEMS_PATH.matcher(path);
    boolean mine =
        asset.isPresent()
            || (method.equals("GET")
                && (path.equals("/")
                    || (form.matches() && form.group(2) == null)
                    || problemsOf.matches()))
            || (method.equals("POST") && form.matches());
    if (!mine) {
      return false;
    }
    if (asset.isPresent()) {
      write(asset.get(), List.of(), request, response, callback);
      return true;
    }
    Session session = session(request);
    Page page;
    try {
      if (path.equals("/")) {
        page = catalogue(session);
      } else if (problemsOf.matches()) {
        page = problems(session, problemsOf.group(1));
      } else if (method.equals("GET")) {
        page = entry(session, form.group(1));
      } else if (form.group(2) == null) {
        page = post(request, session, form.group(1));
      } else {
        page = open(request, session, form.group(1));
      }
    } catch (RuntimeException | IOException e) {
      log.accept("screen failed on " + method + " " + path + ": " + e.getClass().getName());
      page = error(session, 500, "error.internal.title", "error.internal.message");
    }
    write(page, session.setCookies, request, response, callback);
    return true;
  }

  /** The language and CSRF token of one request, and the cookies to set. */
  private final class Session {
    Language language;
    final String token;
    final Optional<String> tokenCookie;
    final List<String> setCookies = new ArrayList<>();

    Session(Language language, Optional<String> tokenCookie) {
      this.language = language;
      this.tokenCookie = tokenCookie;
      this.token = csrf.tokenFor(tokenCookie);
      if (tokenCookie.isEmpty() || !tokenCookie.get().equals(token)) {
        setCookies.add(Csrf.cookie(token));
      }
    }

    /** Answers in {@code to} from now on, and has the {@code lang} cookie remember it. */
    void switchTo(Language to) {
      language = to;
      setCookies.add("lang=" + to.code() + "; Path=/; HttpOnly; SameSite=Lax");
    }
  }

  private Session session(Request request) {
    Map<String, String> cookies = new HashMap<>();
    for (HttpCookie c : Request.getCookies(request)) {
      cookies.putIfAbsent(c.getName(), c.getValue());
    }
    Fields query = Request.extractQueryParameters(request);
    Optional<Language> asked = Optional.ofNullable(query.getValue("lang")).flatMap(Language::of);
    Language language =
        asked
            .or(() -> Optional.ofNullable(cookies.get("lang")).flatMap(Language::of))
            .orElse(Language.VI);
    Session s = new Session(language, Optional.ofNullable(cookies.get(Csrf.COOKIE)));
    asked.ifPresent(s::switchTo);
    return s;
  }

  private Map<String, Object> common(Session session, String title) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", session.language.code());
    m.put("t", texts.all(session.language));
    m.put("title", title);
    m.put("csrf", session.token);
    return m;
  }

  private Page catalogue(Session session) {
    Catalogue snapshot = catalogue.get();
    Map<String, Object> m = common(session, texts.get(session.language, "catalogue.title"));
    m.put("rows", rows.rows(snapshot, session.language, LocalDate.now(clock)));
    return Page.html(200, templates.render("catalogue.ftlh", m));
  }

  private Page entry(Session session, String id) {
    Catalogue snapshot = catalogue.get();
    Optional<FormDefinition> form = snapshot.form(id);
    if (form.isEmpty()) {
      return notFound(session, id);
    }
    return screen(
        session, snapshot, form.get(), ScreenValues.empty(form.get()), List.of(), false, List.of());
  }

  private Page screen(
      Session session,
      Catalogue snapshot,
      FormDefinition form,
      ScreenValues values,
      List<Finding> findings,
      boolean checked,
      List<String> notices) {
    EntryScreen screen = new EntryScreen(snapshot, form, session.language, texts);
    Map<String, Object> m =
        common(session, session.language == Language.VI ? form.title().vi() : form.title().en());
    m.putAll(screen.model(values, findings, checked, notices));
    m.put("formId", form.id());
    m.put("code", form.code());
    m.put("criteria", screen.criterionOptions());
    return Page.html(200, templates.render("entry.ftlh", m));
  }

  private Page post(Request request, Session session, String id) {
    if (!isMedia(request, "application/x-www-form-urlencoded")) {
      return error(session, 415, "error.badRequest.title", "error.badRequest.message");
    }
    if (request.getLength() > MAX_BODY) {
      return tooLarge(session);
    }
    Fields fields;
    try {
      fields = FormFields.getFields(request, MAX_FIELDS, MAX_BODY);
    } catch (RuntimeException e) {
      return tooLarge(session);
    }
    if (!Csrf.accepts(session.tokenCookie, Optional.ofNullable(fields.getValue(Csrf.FIELD)))) {
      return error(session, 403, "error.csrf.title", "error.csrf.message");
    }
    Catalogue snapshot = catalogue.get();
    Optional<FormDefinition> found = snapshot.form(id);
    if (found.isEmpty()) {
      return notFound(session, id);
    }
    FormDefinition form = found.get();
    Map<String, String> posted = new LinkedHashMap<>();
    for (Fields.Field f : fields) {
      if (!f.getName().startsWith("_") && !f.getName().equals("action")) {
        List<String> all = f.getValues();
        posted.put(f.getName(), all.isEmpty() ? "" : all.get(all.size() - 1));
      }
    }
    ScreenValues values = ScreenValues.fromPost(form, posted);
    String action = Optional.ofNullable(fields.getValue("action")).orElse("check");
    Matcher remove = REMOVE.matcher(action);
    Matcher switchLanguage = SWITCH_LANGUAGE.matcher(action);
    if (switchLanguage.matches()) {
      Language.of(switchLanguage.group(1)).ifPresent(session::switchTo);
      return screen(session, snapshot, form, values, List.of(), false, List.of());
    }
    Optional<String> group =
        form.fields().stream().filter(FieldDef::isGroup).map(FieldDef::id).findFirst();
    if (action.equals("add-row") && group.isPresent()) {
      return screen(
          session, snapshot, form, values.withRowAdded(group.get()), List.of(), false, List.of());
    }
    if (remove.matches() && group.isPresent()) {
      return screen(
          session,
          snapshot,
          form,
          values.withRowRemoved(group.get(), Integer.parseInt(remove.group(1))),
          List.of(),
          false,
          List.of());
    }
    Certificate certificate = values.toCertificate();
    if (action.equals("download")) {
      return new Page(
          200,
          "application/json;charset=utf-8",
          writer.toJson(certificate).getBytes(StandardCharsets.UTF_8),
          Map.of(
              "Content-Disposition",
              "attachment; filename=\"" + form.id() + "-certificate.json\""));
    }
    List<Finding> findings = validator.validate(snapshot, certificate);
    if (action.equals("preview")) {
      return preview(session, snapshot, form, values, certificate, findings);
    }
    return screen(session, snapshot, form, values, findings, true, List.of());
  }

  private Page preview(
      Session session,
      Catalogue snapshot,
      FormDefinition form,
      ScreenValues values,
      Certificate certificate,
      List<Finding> findings) {
    String failed = texts.get(session.language, "preview.failed");
    if (!CertificateValidator.printable(findings)) {
      return screen(session, snapshot, form, values, findings, true, List.of(failed));
    }
    boolean draft = !CertificateValidator.passes(findings);
    try {
      byte[] pdf =
          renderer.render(snapshot, certificate, new RenderOptions(Optional.empty(), true, draft));
      return new Page(
          200,
          "application/pdf",
          pdf,
          Map.of("Content-Disposition", "inline; filename=\"" + form.id() + "-preview.pdf\""));
    } catch (RenderException e) {
      return screen(
          session, snapshot, form, values, findings, true, List.of(failed + ": " + e.getMessage()));
    }
  }

  private Page open(Request request, Session session, String id) throws IOException {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null || !isMedia(request, "multipart/form-data")) {
      return error(session, 415, "error.badRequest.title", "error.badRequest.message");
    }
    if (request.getLength() > MAX_BODY + 64 * 1024) {
      return tooLarge(session);
    }
    MultiPartConfig config =
        new MultiPartConfig.Builder()
            .maxParts(4)
            .maxPartSize(MAX_BODY)
            .maxMemoryPartSize(MAX_BODY)
            .maxSize(MAX_BODY + 64 * 1024L)
            .useFilesForPartsWithoutFileName(false)
            .build();
    MultiPartFormData.Parts parts;
    try {
      parts = MultiPartFormData.getParts(request, request, type, config);
    } catch (RuntimeException e) {
      return tooLarge(session);
    }
    try (parts) {
      MultiPart.@Nullable Part token = parts.getFirst(Csrf.FIELD);
      Optional<String> field =
          Optional.ofNullable(token).map(p -> p.getContentAsString(StandardCharsets.US_ASCII));
      if (!Csrf.accepts(session.tokenCookie, field)) {
        return error(session, 403, "error.csrf.title", "error.csrf.message");
      }
      Catalogue snapshot = catalogue.get();
      Optional<FormDefinition> found = snapshot.form(id);
      if (found.isEmpty()) {
        return notFound(session, id);
      }
      FormDefinition form = found.get();
      MultiPart.@Nullable Part file = parts.getFirst("file");
      String name = file == null || file.getFileName() == null ? "file" : file.getFileName();
      name = name.replaceAll("[\\p{Cntrl}]", "");
      CertificateReader.Read read;
      if (file == null) {
        read = reader.read(name, "");
      } else {
        try (InputStream in = Content.Source.asInputStream(file.getContentSource())) {
          read = reader.read(name.endsWith(".json") ? name : name + ".json", in);
        }
      }
      String failed = texts.get(session.language, "open.failed");
      if (read.certificate().isEmpty()) {
        List<String> notices = new ArrayList<>();
        for (Diagnostic d : read.diagnostics()) {
          notices.add(
              failed
                  + ": "
                  + d.at().file()
                  + ":"
                  + d.at().line()
                  + ":"
                  + d.at().column()
                  + ": "
                  + d.message()
                  + "; "
                  + d.fix());
        }
        return screen(session, snapshot, form, ScreenValues.empty(form), List.of(), false, notices);
      }
      Certificate certificate = read.certificate().get();
      if (!certificate.formId().equals(form.id())) {
        return screen(
            session,
            snapshot,
            form,
            ScreenValues.empty(form),
            List.of(),
            false,
            List.of(
                failed
                    + ": "
                    + name
                    + ": form '"
                    + certificate.formId()
                    + "' ≠ '"
                    + form.id()
                    + "' → /forms/"
                    + certificate.formId()));
      }
      ScreenValues values = ScreenValues.fromCertificate(form, certificate);
      return screen(
          session,
          snapshot,
          form,
          values,
          validator.validate(snapshot, certificate),
          true,
          List.of());
    }
  }

  private static boolean isMedia(Request request, String media) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    return type != null && type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(media);
  }

  private Page tooLarge(Session session) {
    Map<String, Object> m = common(session, texts.get(session.language, "error.tooLarge.title"));
    m.put("message", texts.get(session.language, "error.tooLarge.message", MAX_BODY, MAX_FIELDS));
    return Page.html(413, templates.render("error.ftlh", m));
  }

  /** What is wrong with a form file of the forms folder, located, or that nothing is. */
  private Page problems(Session session, String id) {
    Optional<FormStatus> status = problems.apply(id).filter(FormStatus::known);
    if (status.isEmpty()) {
      return notFound(session, id);
    }
    FormStatus s = status.get();
    boolean errors = s.problems().stream().anyMatch(p -> p.severity().equals("error"));
    String state =
        s.problems().isEmpty()
            ? "problems.clean"
            : !errors
                ? "problems.warnings"
                : s.served() ? "problems.lastGood" : "problems.notServed";
    Map<String, Object> m =
        common(
            session,
            texts.get(
                session.language,
                s.problems().isEmpty() ? "problems.title.clean" : "problems.title",
                id));
    m.put("id", id);
    m.put("state", texts.get(session.language, state));
    m.put(
        "problems",
        s.problems().stream()
            .map(
                p ->
                    Map.of(
                        "where", p.where(),
                        "severity", p.severity(),
                        "code", p.code(),
                        "message", p.message(),
                        "fix", p.fix()))
            .toList());
    return Page.html(200, templates.render("problems.ftlh", m));
  }

  private Page notFound(Session session, String id) {
    Map<String, Object> m = common(session, texts.get(session.language, "error.notFound.title"));
    m.put("message", texts.get(session.language, "error.notFound.message", id));
    return Page.html(404, templates.render("error.ftlh", m));
  }

  private Page error(Session session, int status, String title, String message) {
    Map<String, Object> m = common(session, texts.get(session.language, title));
    m.put("message", texts.get(session.language, message));
    return Page.html(status, templates.render("error.ftlh", m));
  }

  private static void write(
      Page page, List<String> setCookies, Request request, Response response, Callback callback) {
    response.setStatus(page.status());
    RefusedBodies.settle(page.status(), request, response);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, page.contentType());
    if (!page.headers().containsKey("Cache-Control")) {
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }
    page.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    setCookies.forEach(c -> response.getHeaders().add(HttpHeader.SET_COOKIE, c));
    response.write(true, ByteBuffer.wrap(page.body()), callback);
  }
}
