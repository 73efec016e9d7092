package vn.coforms.framework.model.rule;

import java.util.Optional;

/** A compiled boolean expression over a {@link Scope} (CEL in practice; see {@code expr}). */
@FunctionalInterface
public interface Condition {
  Condition ALWAYS = scope -> true;

  boolean test(Scope scope);

  /**
   * The expression as the form file writes it, for readers of the definition (the JSON API); empty
   * for {@link #ALWAYS} and conditions built in code.
   */
  default Optional<String> expression() {
    return Optional.empty();
  }
}
