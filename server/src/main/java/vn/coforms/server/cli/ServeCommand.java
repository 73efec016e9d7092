package vn.coforms.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code coforms serve}: the embedded server arrives with the server issue; until then it says so.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the embedded server (not yet available).")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println(
            "coforms serve: not yet — the embedded server comes with the server issue."
                + " Use 'lint', 'validate', 'render' and 'samples' meanwhile.");
    return 2;
  }
}
