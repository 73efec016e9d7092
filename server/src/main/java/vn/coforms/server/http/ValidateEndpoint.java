package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * {@code POST /api/forms/{id}/validate}: certificate JSON in, every finding out with its JSON path,
 * box, row, code, severity and message in English and Vietnamese.
 */
final class ValidateEndpoint implements Endpoint {
  private final CurrentCatalogue catalogue;
  private final CertificateBody body;
  private final CertificateValidator validator;
  private final JsonBodies json;

  ValidateEndpoint(
      CurrentCatalogue catalogue,
      CertificateBody body,
      CertificateValidator validator,
      JsonBodies json) {
    this.catalogue = catalogue;
    this.body = body;
    this.validator = validator;
    this.json = json;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) throws Exception {
    Catalogue snapshot = catalogue.get();
    FormDefinition form = FormLookup.require(snapshot, params.getOrDefault("id", ""));
    Certificate certificate = body.read(request);
    if (!certificate.formId().equals(form.id())) {
      throw new ProblemException(
          new Problem(
              "form-mismatch",
              "Certificate is for another form",
              422,
              "the body is a certificate of form '"
                  + certificate.formId()
                  + "', posted to form '"
                  + form.id()
                  + "'; post it to /api/forms/"
                  + certificate.formId()
                  + "/validate or correct its 'form'"));
    }
    List<Finding> findings = validator.validate(snapshot, certificate);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("form", form.id());
    out.put("catalogue", snapshot.version());
    out.put("valid", CertificateValidator.passes(findings));
    out.put("findings", findings.stream().map(ValidateEndpoint::finding).toList());
    return json.ok(out);
  }

  private static Map<String, @Nullable Object> finding(Finding f) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("path", f.field());
    m.put("box", f.box());
    m.put("row", f.row().isPresent() ? f.row().getAsInt() : null);
    m.put("code", f.ruleId());
    m.put("severity", f.severity().label());
    m.put("message", f.message());
    m.put("source", f.source());
    f.found().ifPresent(v -> m.put("found", v));
    return m;
  }
}
