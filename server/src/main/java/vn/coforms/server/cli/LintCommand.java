package vn.coforms.server.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.verbatim.LegalText;
import vn.coforms.framework.verbatim.VerbatimCheck;
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

  @Option(
      names = "--source",
      paramLabel = "FILE",
      description =
          "A legal text (UTF-8) the forms were transcribed from; warn of every printed text that"
              + " it does not hold (repeatable: the files are searched as one).")
  List<Path> sources = new ArrayList<>();

  @Override
  public Integer call() {
    Optional<VerbatimCheck> verbatim;
    try {
      verbatim = verbatimCheck();
    } catch (UnreadableSource e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().getErr().flush();
      return 2;
    }
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
    for (FormDefinition form : result.forms()) {
      layoutProblems.addAll(layout.check(catalogue, form));
      verbatim.ifPresent(check -> layoutProblems.addAll(verbatim(check, form)));
    }
    result = result.plus(layoutProblems);
    spec.commandLine().getOut().print(result.report());
    spec.commandLine().getOut().flush();
    return result.hasErrors() ? 1 : 0;
  }

  private Optional<VerbatimCheck> verbatimCheck() {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    List<LegalText> texts = new ArrayList<>();
    for (Path source : sources) {
      try {
        if (Files.size(source) > MAX_SOURCE_BYTES) {
          throw new UnreadableSource(
              "error: cannot read the source "
                  + source
                  + ": it is larger than "
                  + MAX_SOURCE_BYTES / 1_000_000
                  + " MB; give the part of the legal text the form was transcribed from");
        }
        texts.add(new LegalText(source.toString(), Files.readString(source, UTF_8)));
      } catch (IOException e) {
        throw new UnreadableSource(
            "error: cannot read the source " + source + ": " + IoReason.of(e));
      }
    }
    return Optional.of(new VerbatimCheck(texts));
  }

  /**
   * The verbatim warnings of one loaded form; its file, and the shared files its printed texts come
   * from, are read again for lines and comments.
   */
  private static List<Diagnostic> verbatim(VerbatimCheck check, FormDefinition form) {
    try {
      Files.readString(path(form.at().file()), UTF_8);
    } catch (IOException e) {
      return List.of(
          new Diagnostic(
              Severity.WARNING,
              VerbatimCheck.CODE,
              form.at(),
              "the form file could not be read again to check its printed text: " + IoReason.of(e),
              "lint the form again"));
    }
    return check.check(form, LintCommand::textOf);
  }

  /** The text of a form or shared file by its displayed name; empty when it cannot be read. */
  private static String textOf(String file) {
    try {
      return Files.readString(path(file), UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** The path of a file by its displayed name: relative, absolute, or in the bundled forms. */
  private static Path path(String file) {
    if (!file.startsWith(CLASSPATH)) {
      return Path.of(file);
    }
    String inForms =
        file.substring(CLASSPATH.length())
            .replaceFirst("^" + FormLoader.BUNDLED_RESOURCE + "/", "");
    return FormLoader.bundledDirectory().resolve(inForms);
  }

  private static final String CLASSPATH = "classpath:";

  /**
   * Larger than any circular's annexes (the largest seed, a compilation of procedures, is 1 MB).
   */
  private static final long MAX_SOURCE_BYTES = 20_000_000;

  /** A source file named by --source cannot be read: exit 2, the command cannot run as asked. */
  private static final class UnreadableSource extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableSource(String message) {
      super(message);
    }
  }
}
