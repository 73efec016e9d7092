package vn.coforms.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.renderer.layout.RenderException;

/**
 * {@code coforms render --form ID FILE -o OUT.pdf [--copy NAME] [--specimen] [--allow-invalid]}:
 * validates, then renders; an invalid certificate is not rendered unless asked for as a draft, and
 * a draft is marked DRAFT – NOT VALID on every page and in its metadata.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render certificate data (JSON or YAML) to a PDF/A-3b certificate.")
final class RenderCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Mixin CertificateOptions certificateOptions;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "The PDF to write.")
  Path output;

  @Option(
      names = "--copy",
      description = "The copy label to print (default: the form's first, e.g. Original).")
  @Nullable String copy;

  @Option(names = "--specimen", description = "Print a SPECIMEN watermark on every page.")
  boolean specimen;

  @Option(
      names = "--allow-invalid",
      description =
          "Render even when validation finds errors, as a draft marked DRAFT - NOT VALID"
              + " on every page (for checking and training; never a certificate).")
  boolean allowInvalid;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<String> unwritable = OutputFile.checkFile(output);
    if (unwritable.isPresent()) {
      spec.commandLine().getErr().println(unwritable.get());
      return OutputFile.EXIT_CODE;
    }
    Optional<CertificateInput> input = certificateOptions.read(parent.services, out);
    if (input.isEmpty()) {
      return 1;
    }
    Catalogue catalogue = input.get().catalogue();
    Certificate certificate = input.get().certificate();
    var copies = parent.services.validator().pick(catalogue, certificate).form().layout().copies();
    if (copy != null && !copies.contains(copy)) {
      out.println(
          "error: form '"
              + certificate.formId()
              + "' has no copy '"
              + copy
              + "'; copies: "
              + copies);
      out.flush();
      return 1;
    }
    List<Finding> findings = input.get().validate(parent.services.validator(), out);
    boolean draft = !CertificateValidator.passes(findings);
    if (draft && !allowInvalid) {
      out.println(
          "not rendered: the certificate has "
              + findings.size()
              + " finding(s); fix them, or pass --allow-invalid for a draft");
      out.flush();
      return 1;
    }
    if (!CertificateValidator.printable(findings)) {
      out.println(
          "not rendered: the certificate holds values no certificate can print (see the"
              + " field.character, field.number and group.max-items findings), not even as a draft");
      out.flush();
      return 1;
    }
    RenderOptions options = new RenderOptions(Optional.ofNullable(copy), specimen, draft);
    byte[] pdf;
    try {
      pdf = parent.services.renderer().render(catalogue, certificate, options);
    } catch (RenderException e) {
      out.println("not rendered: " + e.getMessage());
      out.flush();
      return 1;
    }
    Optional<String> failed = OutputFile.write(output, pdf);
    if (failed.isPresent()) {
      spec.commandLine().getErr().println(failed.get());
      return OutputFile.EXIT_CODE;
    }
    out.println(
        "wrote "
            + output
            + " ("
            + pdf.length
            + " bytes)"
            + (draft ? ", marked DRAFT - NOT VALID on every page: it is not a certificate" : ""));
    out.flush();
    return 0;
  }
}
