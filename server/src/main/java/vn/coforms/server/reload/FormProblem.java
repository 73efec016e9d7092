package vn.coforms.server.reload;

import java.nio.file.Path;
import vn.coforms.framework.diag.Diagnostic;

/**
 * One problem of a form as served: where (the file relative to the forms folder, line, column), how
 * bad, its code, what was found, and the fix.
 */
public record FormProblem(
    String file, int line, int column, String severity, String code, String message, String fix) {

  /** The diagnostic with its file shown relative to {@code formsDir} when it lies inside. */
  static FormProblem of(Diagnostic d, Path formsDir) {
    String file = d.at().file();
    Path abs = Path.of(file).toAbsolutePath().normalize();
    if (abs.startsWith(formsDir) && !abs.equals(formsDir)) {
      file = formsDir.relativize(abs).toString().replace('\\', '/');
    }
    return new FormProblem(
        file, d.at().line(), d.at().column(), d.severity().label(), d.code(), d.message(), d.fix());
  }

  /** {@code file:line:column}, or the file alone when no line is known. */
  public String where() {
    return line <= 0 ? file : file + ":" + line + ":" + column;
  }
}
