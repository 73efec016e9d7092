package vn.coforms.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.renderer.LayoutCheck;

/**
 * {@code coforms lint [PATH...]}: prints every diagnostic and the forms that loaded; exit 1 on any
 * error.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Check form definitions, and lay each one out; print every problem with file:line:column.")
final class LintCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "A forms folder or form files (default: ./forms, else the bundled forms).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    LoadResult result;
    if (paths.isEmpty()) {
      result = parent.services.loadForms(null);
    } else if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
      result = parent.services.loader().load(paths.get(0));
    } else {
      Path folder =
          Objects.requireNonNull(paths.get(0).toAbsolutePath().getParent(), "a file has a folder");
      Path common = folder.resolve("common");
      result = parent.services.loader().load(common, paths);
    }
    LayoutCheck layout = new LayoutCheck(parent.services.renderer());
    List<Diagnostic> layoutProblems = new ArrayList<>();
    Catalogue catalogue = result.catalogue();
    result.forms().forEach(form -> layoutProblems.addAll(layout.check(catalogue, form)));
    result = result.plus(layoutProblems);
    spec.commandLine().getOut().print(result.report());
    spec.commandLine().getOut().flush();
    return result.hasErrors() ? 1 : 0;
  }
}
