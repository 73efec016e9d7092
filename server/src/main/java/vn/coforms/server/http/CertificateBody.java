package vn.coforms.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FormDefinition;

/**
 * Reads the certificate JSON a request carries, or says precisely why not: a body that is not JSON
 * (415), larger than {@link CertificateReader#MAX_BYTES} (413), malformed (400 with line and
 * column) or not a certificate envelope (400 with each located problem).
 */
final class CertificateBody {
  /** The name the request body has in diagnostics. */
  static final String NAME = "request body";

  private final CertificateReader reader;

  CertificateBody(CertificateReader reader) {
    this.reader = reader;
  }

  /**
   * The certificate in the body of {@code request}, for {@code form} (the path's) and within its
   * row limits: what every endpoint that takes a certificate needs before it binds one.
   *
   * @param action what the caller does with it, for the mismatch message ({@code validate})
   * @throws ProblemException if there is none, or it is another form's, or has too many rows
   */
  Certificate readFor(Request request, FormDefinition form, String action) throws IOException {
    Certificate certificate = read(request);
    FormMatch.require(form, certificate, action);
    ItemLimits.require(form, certificate);
    return certificate;
  }

  /**
   * The certificate in the body of {@code request}.
   *
   * @throws ProblemException if there is none
   */
  Certificate read(Request request) throws IOException {
    requireJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    if (request.getLength() > CertificateReader.MAX_BYTES) {
      throw tooLarge(request.getLength() + " bytes were announced");
    }
    CertificateReader.Read read;
    try (InputStream in = Content.Source.asInputStream(request)) {
      read = reader.read(NAME, in);
    }
    if (read.certificate().isPresent()) {
      return read.certificate().get();
    }
    throw new ProblemException(problem(read.diagnostics()));
  }

  private static void requireJson(@org.jspecify.annotations.Nullable String contentType) {
    String media =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw new ProblemException(
          new Problem(
              "unsupported-media-type",
              "Unsupported media type",
              415,
              (media.isEmpty() ? "the request has no Content-Type" : "the body is '" + media + "'")
                  + "; send the certificate as JSON with 'Content-Type: application/json'"));
    }
  }

  private static ProblemException tooLarge(String found) {
    return new ProblemException(
        new Problem(
            "body-too-large",
            "Body too large",
            413,
            found
                + "; at most "
                + CertificateReader.MAX_BYTES
                + " bytes are accepted: split the goods over several certificates",
            Map.of("limit", CertificateReader.MAX_BYTES)));
  }

  private static Problem problem(List<Diagnostic> diagnostics) {
    Diagnostic first = diagnostics.get(0);
    if (first.code().equals("certificate.too-large")) {
      return tooLarge(first.message()).problem();
    }
    if (first.code().equals("certificate.syntax") || first.code().equals("certificate.encoding")) {
      Map<String, Object> where = new LinkedHashMap<>();
      where.put("line", first.at().line());
      where.put("column", first.at().column());
      return new Problem(
          "malformed-json",
          "Malformed JSON",
          400,
          "line "
              + first.at().line()
              + ", column "
              + first.at().column()
              + ": "
              + first.message()
              + "; "
              + first.fix(),
          where);
    }
    List<Map<String, Object>> located = diagnostics.stream().map(CertificateBody::located).toList();
    return new Problem(
        "invalid-certificate-document",
        "Not a certificate document",
        400,
        located.size()
            + " problem(s) with the document's shape; the first: "
            + first.message()
            + "; "
            + first.fix(),
        Map.of("problems", located));
  }

  private static Map<String, Object> located(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", d.code());
    m.put("line", d.at().line());
    m.put("column", d.at().column());
    m.put("message", d.message());
    m.put("fix", d.fix());
    return m;
  }
}
