package vn.coforms.testkit;

/**
 * A certificate could not be generated: a rule could not be satisfied (or broken) by a bounded
 * search. The message names the form, the seed, the rules and what was tried.
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenerationException(String message) {
    super(message);
  }
}
