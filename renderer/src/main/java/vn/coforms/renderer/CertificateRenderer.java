package vn.coforms.renderer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateWriter;
import vn.coforms.framework.certificate.PrintableText;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.renderer.layout.PageLayout;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.renderer.layout.RenderException;
import vn.coforms.renderer.layout.Watermark;
import vn.coforms.renderer.pdf.PdfMetadata;
import vn.coforms.renderer.pdf.PdfWriter;

/**
 * Renders certificates: definition + data → page model → PDF/A-3b bytes, deterministically (same
 * input, same bytes). The only public entry point into the renderer.
 *
 * <p>Stateless: the forms come with each call as a {@link Catalogue} snapshot, so one instance,
 * built once with the fonts, the template engine and the validator that decides stamp conditions,
 * serves every thread and every reloaded catalogue.
 */
public final class CertificateRenderer {
  /** Used when a certificate carries no date at all (a blank training form). */
  static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

  private final FontBook fonts;
  private final PageLayout layout;
  private final PdfWriter writer;
  private final CertificateValidator conditions;
  private final CertificateWriter json = new CertificateWriter();

  /**
   * A renderer drawing with {@code fonts}.
   *
   * @param conditions decides whether a stamp's condition holds (it knows today's date)
   */
  public CertificateRenderer(
      FontBook fonts, TemplateEngine templates, CertificateValidator conditions) {
    this.fonts = fonts;
    this.layout = new PageLayout(fonts, templates);
    this.writer = new PdfWriter(fonts);
    this.conditions = conditions;
  }

  /**
   * Reads and measures every font now rather than at the first certificate (the server calls it in
   * the background once it listens, so its first render does not wait for the fonts).
   */
  public void loadFonts() {
    fonts.loadAll();
  }

  /**
   * Lays a certificate out without drawing it: what tests approve as text.
   *
   * @throws vn.coforms.framework.model.UnknownFormException if the certificate names no form of the
   *     catalogue
   */
  public PageModel layout(Catalogue catalogue, Certificate certificate, RenderOptions options) {
    return layout(catalogue, conditions.bind(catalogue, certificate), options);
  }

  private PageModel layout(
      Catalogue catalogue, BoundCertificate certificate, RenderOptions options) {
    FormDefinition form = conditions.pick(catalogue, certificate.source()).form();
    String copy = options.copy().orElse(form.layout().copies().get(0));
    Set<Watermark> watermarks = EnumSet.noneOf(Watermark.class);
    if (options.specimen()) {
      watermarks.add(Watermark.SPECIMEN);
    }
    if (options.draft()) {
      watermarks.add(Watermark.DRAFT);
    }
    return layout.layout(
        form,
        catalogue.countries(),
        certificate,
        copy,
        watermarks,
        s -> conditions.holds(form, s.when(), certificate));
  }

  /**
   * Renders a certificate to PDF/A-3b bytes with its data attached as {@code certificate.json}.
   *
   * @throws vn.coforms.framework.model.UnknownFormException if the certificate names no form of the
   *     catalogue
   */
  public byte[] render(Catalogue catalogue, Certificate certificate, RenderOptions options) {
    FormDefinition form = conditions.pick(catalogue, certificate).form();
    BoundCertificate bound = conditions.bind(catalogue, certificate);
    PageModel model = layout(catalogue, bound, options);
    String number = bound.values().text(form.numberField());
    String title = "Form " + form.code() + (number.isBlank() ? "" : " No. " + number);
    PrintableText.bundled()
        .firstUnprintable(title, false)
        .ifPresent(
            c -> {
              throw new RenderException(
                  "the certificate number holds character "
                      + c.describe()
                      + ", which cannot be written to the PDF metadata; validation reports it as"
                      + " field.character");
            });
    String subject = form.title().en();
    if (options.draft()) {
      title = Watermark.DRAFT_EN + ": " + title;
      subject = Watermark.DRAFT_EN + " / " + Watermark.DRAFT_VI + ": " + subject;
    }
    PdfMetadata meta =
        new PdfMetadata(
            title,
            subject,
            date(form, bound),
            stableId(form.id() + "|" + number + "|" + options),
            "certificate.json",
            json.toJson(certificate));
    return writer.write(model, meta);
  }

  /**
   * The first filled field of the form's {@code issuance.dateFields}, else its first filled date
   * field; never the clock.
   */
  private static LocalDate date(FormDefinition form, BoundCertificate c) {
    Stream<String> ids =
        Stream.concat(
            form.issuance().dateFields().stream(),
            form.fields().stream().filter(f -> f.type() == FieldType.DATE).map(FieldDef::id));
    return ids.map(id -> c.values().value(id))
        .flatMap(Optional::stream)
        .filter(FieldValue.Date.class::isInstance)
        .map(v -> ((FieldValue.Date) v).date())
        .findFirst()
        .orElse(UNDATED);
  }

  static long stableId(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
  }
}
