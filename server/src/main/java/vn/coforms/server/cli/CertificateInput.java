package vn.coforms.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * What {@code validate} and {@code render} both need: the loaded forms and the certificate file
 * read for a named form, or the located problems printed and nothing returned.
 */
record CertificateInput(Catalogue catalogue, Certificate certificate) {

  /** Validates the certificate and prints each finding; returns the findings. */
  List<Finding> validate(CertificateValidator validator, PrintWriter out) {
    List<Finding> findings = validator.validate(catalogue, certificate);
    findings.forEach(f -> out.println(f.render()));
    return findings;
  }

  static Optional<CertificateInput> read(
      Services services, LoadResult loaded, String form, Path file, PrintWriter out) {
    Catalogue catalogue = loaded.catalogue();
    if (catalogue.form(form).isEmpty()) {
      out.print(loaded.report());
      out.println("error: form '" + form + "' is not loaded");
      return Optional.empty();
    }
    CertificateReader.Read read;
    try (InputStream in = Files.newInputStream(file)) {
      read = services.reader().read(file.toString(), in);
    } catch (IOException e) {
      out.println(
          file + ": error[certificate.unreadable]: cannot read the file: " + IoReason.of(e));
      return Optional.empty();
    }
    if (read.certificate().isEmpty()) {
      read.diagnostics().forEach(d -> out.println(d.render()));
      return Optional.empty();
    }
    Certificate certificate = read.certificate().get();
    if (!certificate.formId().equals(form)) {
      out.println(
          file
              + ": error[certificate.form]: the data is for form '"
              + certificate.formId()
              + "', not '"
              + form
              + "'");
      return Optional.empty();
    }
    return Optional.of(new CertificateInput(catalogue, certificate));
  }
}
