package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.renderer.layout.RenderException;

/**
 * {@code POST /api/forms/{id}/render?copy=&specimen=&draft=}: certificate JSON in, the PDF out.
 * Invalid data is refused (422, with the findings) unless {@code draft=true}, which prints the
 * DRAFT mark on every page; data no certificate can print is refused even as a draft.
 */
final class RenderEndpoint implements Endpoint {
  private final CurrentCatalogue catalogue;
  private final CertificateBody body;
  private final CertificateValidator validator;
  private final CertificateRenderer renderer;

  RenderEndpoint(
      CurrentCatalogue catalogue,
      CertificateBody body,
      CertificateValidator validator,
      CertificateRenderer renderer) {
    this.catalogue = catalogue;
    this.body = body;
    this.validator = validator;
    this.renderer = renderer;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) throws Exception {
    Catalogue snapshot = catalogue.get();
    FormDefinition form = FormLookup.require(snapshot, params.getOrDefault("id", ""));
    Fields query = Request.extractQueryParameters(request);
    Optional<String> copy = Optional.ofNullable(query.getValue("copy"));
    boolean specimen = flag(query, "specimen");
    boolean allowDraft = flag(query, "draft");
    List<String> copies = form.layout().copies();
    if (copy.isPresent() && !copies.contains(copy.get())) {
      throw new ProblemException(
          new Problem(
              "unknown-copy",
              "Unknown copy",
              400,
              "form '" + form.id() + "' has no copy '" + copy.get() + "'; copies: " + copies,
              Map.of("copies", copies)));
    }
    Certificate certificate = body.readFor(request, form, "render");
    List<Finding> findings = validator.validate(snapshot, certificate);
    boolean draft = !CertificateValidator.passes(findings);
    if (!CertificateValidator.printable(findings) || (draft && !allowDraft)) {
      throw refused(findings, CertificateValidator.printable(findings));
    }
    byte[] pdf;
    try {
      pdf = renderer.render(snapshot, certificate, new RenderOptions(copy, specimen, draft));
    } catch (RenderException e) {
      throw new ProblemException(
          new Problem("not-rendered", "Not rendered", 422, e.getMessage() + ""));
    }
    return new Reply(
        200,
        "application/pdf",
        pdf,
        Map.of("Content-Disposition", "inline; filename=\"" + form.id() + ".pdf\""));
  }

  private static ProblemException refused(List<Finding> findings, boolean printable) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("findings", FindingJson.all(findings));
    return new ProblemException(
        printable
            ? new Problem(
                "invalid-certificate",
                "Invalid certificate",
                422,
                "the certificate has "
                    + findings.size()
                    + " finding(s); fix them, or add draft=true for a draft marked DRAFT on"
                    + " every page",
                extensions)
            : new Problem(
                "unprintable-certificate",
                "Certificate cannot be printed",
                422,
                "the certificate holds values no certificate can print (see the field.character,"
                    + " field.number and group.max-items findings), not even as a draft",
                extensions));
  }

  private static boolean flag(Fields query, String name) {
    @Nullable String value = query.getValue(name);
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new ProblemException(
        new Problem(
            "bad-parameter",
            "Bad parameter",
            400,
            "'" + name + "' is '" + value + "'; write " + name + "=true or " + name + "=false"));
  }
}
