package vn.coforms.framework.diag;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when form definitions that must load have errors; carries every diagnostic. */
public final class FormDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public FormDefinitionException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.size()
            + " problem(s) in form definitions:\n"
            + diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
