package vn.coforms.server.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import vn.coforms.framework.load.LoadResult;

/** {@code --forms DIR}: which forms folder a command works with. */
final class FormsOption {
  @Option(
      names = "--forms",
      description = "The forms folder (default: ./forms, else the bundled forms).")
  @Nullable Path formsDir;

  LoadResult load(Services services) {
    return services.loadForms(formsDir);
  }
}
