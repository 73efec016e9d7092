package vn.coforms.renderer.layout;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.diag.SourceRef;

/**
 * The definition cannot be laid out: printed text that does not fit its rectangle at any allowed
 * size, a table without room for one line. Names where the offending element is declared.
 */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SourceRef at;
  private final String problem;
  private final @Nullable String fix;

  public RenderException(SourceRef at, String problem) {
    this(at, problem, null);
  }

  /** A problem with the fix that names the keys of this element to change. */
  public RenderException(SourceRef at, String problem, @Nullable String fix) {
    super(at.equals(SourceRef.UNKNOWN) ? problem : at + ": " + problem);
    this.at = at;
    this.problem = problem;
    this.fix = fix;
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

  /** How to change the element, naming its keys, when the element kind has its own fix. */
  public Optional<String> fix() {
    return Optional.ofNullable(fix);
  }
}
