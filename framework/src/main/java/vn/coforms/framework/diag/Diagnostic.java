package vn.coforms.framework.diag;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in a definition file: where, what, what was expected, and how to fix it.
 *
 * <p>{@link #render()} gives the one-line form used by the CLI and logs, e.g. {@code
 * forms/d.yaml:42:7: error[field.unknown-reference]: rule 'd.fob' refers to field 'fob2' which is
 * not declared (did you mean 'fob'?)}.
 */
public record Diagnostic(Severity severity, String code, SourceRef at, String message, String fix) {
  public Diagnostic {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(at, "at");
    requireNonNull(message, "message");
    requireNonNull(fix, "fix");
  }

  public static Diagnostic error(String code, SourceRef at, String message, String fix) {
    return new Diagnostic(Severity.ERROR, code, at, message, fix);
  }

  public String render() {
    return at
        + ": "
        + severity.label()
        + "["
        + code
        + "]: "
        + message
        + (fix.isEmpty() ? "" : "\n    fix: " + fix);
  }
}
