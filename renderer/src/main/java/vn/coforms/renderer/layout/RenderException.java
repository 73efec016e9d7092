package vn.coforms.renderer.layout;

import vn.coforms.framework.diag.SourceRef;

/**
 * The definition cannot be laid out: printed text that does not fit its rectangle at any allowed
 * size, a table without room for one line. Names where the offending element is declared.
 */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SourceRef at;
  private final String problem;

  public RenderException(SourceRef at, String problem) {
    super(at.equals(SourceRef.UNKNOWN) ? problem : at + ": " + problem);
    this.at = at;
    this.problem = problem;
  }

  public RenderException(String problem) {
    this(SourceRef.UNKNOWN, problem);
  }

  /**
   * Where the element that does not fit is declared ({@link SourceRef#UNKNOWN} if not one element).
   */
  public SourceRef at() {
    return at;
  }

  /** What does not fit, without the location. */
  public String problem() {
    return problem;
  }
}
