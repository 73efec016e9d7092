package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;

/** Collects the diagnostics of one file while it is assembled; never fails fast. */
final class Problems {
  private final List<Diagnostic> list = new ArrayList<>();

  void error(String code, SourceRef at, String message, String fix) {
    list.add(Diagnostic.error(code, at, message, fix));
  }

  void add(Diagnostic diagnostic) {
    list.add(diagnostic);
  }

  void addAll(List<Diagnostic> diagnostics) {
    list.addAll(diagnostics);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Diagnostic> list() {
    return List.copyOf(list);
  }
}
