package vn.coforms.framework.load;

import java.util.List;
import java.util.stream.Collectors;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.FormDefinitionException;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;

/**
 * What loading a forms folder gave: the forms that loaded, every diagnostic (in file and line
 * order), and the catalogue of the loaded forms with their shared reference data.
 */
public record LoadResult(
    List<FormDefinition> forms,
    List<Diagnostic> diagnostics,
    List<String> failedFiles,
    Catalogue catalogue) {
  public LoadResult {
    forms = List.copyOf(forms);
    diagnostics = List.copyOf(diagnostics);
    failedFiles = List.copyOf(failedFiles);
  }

  /**
   * This result with more diagnostics about the loaded forms (e.g. layout checks by the renderer).
   */
  public LoadResult plus(List<Diagnostic> more) {
    List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
    all.addAll(more);
    return new LoadResult(forms, all, failedFiles, catalogue);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Returns the catalogue, or throws with every diagnostic if any file had an error. */
  public Catalogue orThrow() {
    if (hasErrors()) {
      throw new FormDefinitionException(diagnostics);
    }
    return catalogue;
  }

  /** The human report printed by {@code coforms lint}: diagnostics, then which forms loaded. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    diagnostics.forEach(d -> sb.append(d.render()).append('\n'));
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    sb.append(errors)
        .append(" error(s). Loaded ")
        .append(forms.size())
        .append(" form(s): ")
        .append(
            forms.isEmpty()
                ? "none"
                : forms.stream().map(FormDefinition::id).collect(Collectors.joining(", ")));
    if (!failedFiles.isEmpty()) {
      sb.append(". Not loaded: ").append(String.join(", ", failedFiles));
    }
    long warnings = diagnostics.size() - errors;
    if (warnings > 0) {
      sb.append(". ").append(warnings).append(" warning(s)");
    }
    return sb.append('\n').toString();
  }
}
