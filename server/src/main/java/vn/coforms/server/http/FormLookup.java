package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;

/**
 * Finds the form a path names. Only ids of the shape forms have ({@code ^[a-z][a-z0-9-]*$}) are
 * looked up, so no path segment ({@code ..}, an encoded slash) ever reaches a file or a map.
 */
final class FormLookup {
  static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private FormLookup() {}

  /**
   * The form {@code id} names in {@code catalogue}.
   *
   * @throws ProblemException {@code unknown-form} (404), with the closest id when one looks meant
   */
  static FormDefinition require(Catalogue catalogue, String id) {
    Optional<FormDefinition> form =
        FORM_ID.matcher(id).matches() ? catalogue.form(id) : Optional.empty();
    if (form.isPresent()) {
      return form.get();
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    Optional<String> closest =
        FORM_ID.matcher(id).matches()
            ? DidYouMean.closest(id, catalogue.forms().stream().map(FormDefinition::id).toList())
            : Optional.empty();
    closest.ifPresent(c -> extensions.put("didYouMean", c));
    String known = String.join(", ", catalogue.forms().stream().map(FormDefinition::id).toList());
    throw new ProblemException(
        new Problem(
            "unknown-form",
            "Unknown form",
            404,
            (FORM_ID.matcher(id).matches()
                    ? "no form '" + id + "' is loaded"
                    : "'" + id + "' is not a form id (lower-case letters, digits and '-')")
                + closest.map(c -> "; did you mean '" + c + "'?").orElse("")
                + " (loaded: "
                + known
                + ")",
            extensions));
  }
}
