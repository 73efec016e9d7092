package vn.coforms.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of every command that takes one certificate file: {@code --form ID [--forms DIR]
 * FILE}.
 */
final class CertificateOptions {
  @Option(
      names = "--form",
      required = true,
      description = "The form id, e.g. d, e, rcep, eur1-evfta.")
  String form;

  @Mixin FormsOption forms;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The certificate data file (JSON, or YAML for .yaml/.yml).")
  Path file;

  Optional<CertificateInput> read(Services services, PrintWriter out) {
    Optional<CertificateInput> input =
        CertificateInput.read(services, forms.load(services), form, file, out);
    out.flush();
    return input;
  }
}
