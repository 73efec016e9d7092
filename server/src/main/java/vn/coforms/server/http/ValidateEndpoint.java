package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
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
    Certificate certificate = body.readFor(request, form, "validate");
    List<Finding> findings = validator.validate(snapshot, certificate);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("form", form.id());
    out.put("catalogue", snapshot.version());
    out.put("valid", CertificateValidator.passes(findings));
    out.put("findings", FindingJson.all(findings));
    return json.ok(out);
  }
}
