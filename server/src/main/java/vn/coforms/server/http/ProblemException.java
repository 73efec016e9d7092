package vn.coforms.server.http;

/** Thrown by an endpoint to answer with a problem instead of its normal reply. */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // problems are never serialized
  private final Problem problem;

  public ProblemException(Problem problem) {
    super(problem.kind() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
