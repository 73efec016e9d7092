package vn.coforms.server.reload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problems of every form file in the forms folder, as of the last reload: replaced as a whole,
 * read by requests. A clean form has an empty list; a form without a file has none. Thread-safe.
 */
final class FormProblems {
  private volatile Map<String, List<FormProblem>> byForm = Map.of();

  /** The problems of form {@code id}, or empty when the folder has no file for it. */
  Optional<List<FormProblem>> of(String id) {
    return Optional.ofNullable(byForm.get(id));
  }

  /** Puts the problems of a reload in force: every form file's id, with its problems. */
  void replace(Map<String, List<FormProblem>> problems) {
    byForm = Map.copyOf(problems);
  }
}
