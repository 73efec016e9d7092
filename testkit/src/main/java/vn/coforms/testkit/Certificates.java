package vn.coforms.testkit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateWriter;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.layout.PageModel;

/**
 * Certificates for tests, from a catalogue of forms and a day that is "today": generated valid
 * ones, deliberately invalid ones, and one-line validation and rendering.
 *
 * <pre>{@code
 * Certificates certificates = Certificates.bundled();
 * Certificate formE = certificates.generate("e", 42, GenerateOptions.defaults().withItems(40));
 * assertThat(certificates.validate(formE)).isEmpty();
 * byte[] pdf = certificates.pdf(formE);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Certificates {
  /** The issuing bodies' time zone: "today" is a day in Viet Nam. */
  public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Catalogue catalogue;
  private final Clock clock;
  private final CertificateValidator validator;
  private final CertificateRenderer renderer;
  private final RuleBreaker breaker;

  private Certificates(Catalogue catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.validator = new CertificateValidator(clock);
    this.renderer =
        new CertificateRenderer(FontBook.fromClasspath(), new TemplateEngine(), validator);
    this.breaker = new RuleBreaker(catalogue, validator);
  }

  /** The forms bundled with coforms, with today's date in Viet Nam. */
  public static Certificates bundled() {
    return of(FormLoader.standard().loadBundled(), "the bundled forms");
  }

  /**
   * The forms of a folder laid out as {@code forms/} is ({@code *.yaml} with {@code common/}).
   *
   * @throws IllegalArgumentException listing every diagnostic when a form does not load
   */
  public static Certificates from(Path formsDir) {
    return of(FormLoader.standard().load(formsDir), formsDir.toString());
  }

  /** The forms of {@code catalogue}, with "today" read from {@code clock}. */
  public static Certificates of(Catalogue catalogue, Clock clock) {
    return new Certificates(catalogue, clock);
  }

  private static Certificates of(LoadResult loaded, String where) {
    if (loaded.hasErrors()) {
      throw new IllegalArgumentException(
          "the forms in " + where + " do not load:\n" + loaded.report());
    }
    return new Certificates(loaded.orThrow(), Clock.system(VIET_NAM));
  }

  /** The same catalogue with {@code day} as today (for dates that do not move between runs). */
  public Certificates on(LocalDate day) {
    return new Certificates(
        catalogue, Clock.fixed(day.atStartOfDay(VIET_NAM).toInstant(), VIET_NAM));
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The form with this id; the exception lists the forms there are. */
  public FormDefinition form(String formId) {
    return catalogue.require(formId);
  }

  /** A certificate of {@code formId} that validates clean, with the default options. */
  public Certificate generate(String formId, long seed) {
    return generate(formId, seed, GenerateOptions.defaults());
  }

  /**
   * A certificate of {@code formId} that validates clean.
   *
   * @throws GenerationException naming the rules that no bounded search could satisfy
   */
  public Certificate generate(String formId, long seed, GenerateOptions options) {
    return new Generator(catalogue, validator, today()).generate(formId, seed, options);
  }

  /**
   * A certificate of {@code formId} whose findings are exactly those of {@code ruleId}: a rule of
   * the form, or a built-in check such as {@code field.required}.
   *
   * @throws GenerationException when the rule cannot be broken from data alone
   */
  public Certificate invalid(String formId, String ruleId, long seed) {
    return breaker.invalid(formId, ruleId, seed, today());
  }

  /**
   * Every id {@link #invalid} can break on {@code formId}, in a stable order: the form's rules as
   * declared, then the built-in checks its fields can trigger.
   */
  public List<String> breakable(String formId) {
    return breaker.breakable(form(formId));
  }

  /** Every finding about {@code certificate}, as the validator reports them. */
  public List<Finding> validate(Certificate certificate) {
    return validator.validate(catalogue, certificate);
  }

  /** The certificate as a PDF/A document, every copy the form prints. */
  public byte[] pdf(Certificate certificate) {
    return pdf(certificate, RenderOptions.defaults());
  }

  public byte[] pdf(Certificate certificate, RenderOptions options) {
    return renderer.render(catalogue, certificate, options);
  }

  /** The laid-out pages: every text with its rectangle, as the PDF prints them. */
  public PageModel pages(Certificate certificate) {
    return renderer.layout(catalogue, certificate, RenderOptions.defaults());
  }

  /** The certificate as the JSON document a trader would submit. */
  public String json(Certificate certificate) {
    return new CertificateWriter().toJson(certificate);
  }

  /**
   * Validates {@code certificate}: the findings, ready for {@code CoformsAssertions.assertThat}.
   */
  public Findings check(Certificate certificate) {
    return new Findings(validate(certificate));
  }

  /** Renders {@code certificate} as a PDF/A document, every copy the form prints. */
  public Pdf render(Certificate certificate) {
    return render(certificate, RenderOptions.defaults());
  }

  /** Renders {@code certificate} as {@code options} ask (one copy, specimen, draft). */
  public Pdf render(Certificate certificate, RenderOptions options) {
    return new Pdf(pdf(certificate, options));
  }
}
