package vn.coforms.server.reload;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.coforms.framework.load.CurrentCatalogue;

/**
 * The state of one form for its problems page: whether the folder (or, without a watched folder,
 * the catalogue) has it, whether a version is served, and its problems.
 */
public record FormStatus(String id, boolean known, boolean served, List<FormProblem> problems) {
  /** The shape of a form id; anything else is never looked up. */
  private static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  public FormStatus {
    problems = List.copyOf(problems);
  }

  /** The status of {@code id} now; empty when {@code id} does not have the shape of a form id. */
  static Optional<FormStatus> of(String id, FormProblems problems, CurrentCatalogue catalogue) {
    if (!FORM_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    boolean served = catalogue.get().form(id).isPresent();
    Optional<List<FormProblem>> listed = problems.of(id);
    return Optional.of(
        new FormStatus(id, served || listed.isPresent(), served, listed.orElse(List.of())));
  }
}
