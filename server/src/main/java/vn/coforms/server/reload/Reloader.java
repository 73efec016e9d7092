package vn.coforms.server.reload;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;

/**
 * Reloads the forms folder, merges it with the catalogue in force ({@link CatalogueMerge}), swaps
 * the result in atomically, records every form's problems, and logs the diagnostics the previous
 * load did not have (one line each, so each is logged once) and a summary. A reload that finds the
 * same files and diagnostics as the previous one changes and logs nothing. Called by one thread at
 * a time.
 */
final class Reloader {
  private final Path formsDir;
  private final FormLoader loader;
  private final CurrentCatalogue current;
  private final FormProblems problems;
  private final Consumer<String> log;
  private final CatalogueMerge merge;
  private @Nullable LoadResult previous;

  Reloader(
      Path formsDir,
      FormLoader loader,
      CurrentCatalogue current,
      FormProblems problems,
      Consumer<String> log) {
    this.formsDir = formsDir.toAbsolutePath().normalize();
    this.loader = loader;
    this.current = current;
    this.problems = problems;
    this.log = log;
    this.merge = new CatalogueMerge(this.formsDir);
  }

  /** Records the problems of the load the server started with, without logging them again. */
  void started(LoadResult initial) {
    previous = initial;
    apply(merge.merge(initial, current.get()));
  }

  /** Loads the folder again and puts the merged catalogue in force. */
  void reload() {
    LoadResult reload = loader.load(formsDir);
    LoadResult last = previous;
    if (last != null
        && last.catalogue().version().equals(reload.catalogue().version())
        && last.diagnostics().equals(reload.diagnostics())) {
      return;
    }
    previous = reload;
    CatalogueMerge.Merged merged = merge.merge(reload, current.get());
    apply(merged);
    Set<Diagnostic> known = last == null ? Set.of() : new HashSet<>(last.diagnostics());
    reload.diagnostics().stream().filter(d -> !known.contains(d)).forEach(d -> log.accept(line(d)));
    log.accept(summary(merged));
  }

  private void apply(CatalogueMerge.Merged merged) {
    Catalogue catalogue = merged.catalogue();
    if (!catalogue.version().equals(current.get().version())) {
      List<FormDefinition> forms = List.copyOf(catalogue.forms());
      current.replace(new LoadResult(forms, List.of(), List.of(), catalogue));
    }
    Map<String, List<FormProblem>> byForm = new LinkedHashMap<>();
    merged
        .problems()
        .forEach(
            (id, list) ->
                byForm.put(id, list.stream().map(d -> FormProblem.of(d, formsDir)).toList()));
    problems.replace(byForm);
  }

  /**
   * A diagnostic on one line, its fix included: {@code file:line:column: error[code]: … fix: …}.
   */
  static String line(Diagnostic d) {
    return d.at()
        + ": "
        + d.severity().label()
        + "["
        + d.code()
        + "]: "
        + d.message().replace('\n', ' ')
        + (d.fix().isEmpty() ? "" : " (fix: " + d.fix().replace('\n', ' ') + ")");
  }

  private String summary(CatalogueMerge.Merged merged) {
    StringBuilder sb =
        new StringBuilder("forms reloaded from ")
            .append(formsDir)
            .append(": catalogue ")
            .append(merged.catalogue().version())
            .append(", serving ")
            .append(
                String.join(
                    ", ", merged.catalogue().forms().stream().map(FormDefinition::id).toList()));
    if (merged.catalogue().forms().isEmpty()) {
      sb.append("no form");
    }
    if (!merged.kept().isEmpty()) {
      sb.append("; kept the last good version of ")
          .append(String.join(", ", merged.kept()))
          .append(" until their errors are fixed (see ")
          .append(
              String.join(
                  ", ", merged.kept().stream().map(id -> "/forms/" + id + "/problems").toList()))
          .append(")");
    }
    if (!merged.unserved().isEmpty()) {
      sb.append("; not served until their errors are fixed: ")
          .append(String.join(", ", merged.unserved()));
    }
    return sb.toString();
  }
}
