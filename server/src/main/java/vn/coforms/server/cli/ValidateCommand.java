package vn.coforms.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/** {@code coforms validate --form ID FILE}: prints the findings; exit 1 on any error. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate certificate data (JSON or YAML) against its form.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Mixin CertificateOptions certificateOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<CertificateInput> input = certificateOptions.read(parent.services, out);
    if (input.isEmpty()) {
      return 1;
    }
    List<Finding> findings = input.get().validate(parent.services.validator(), out);
    out.println(findings.isEmpty() ? "valid: no findings" : findings.size() + " finding(s)");
    out.flush();
    return CertificateValidator.passes(findings) ? 0 : 1;
  }
}
