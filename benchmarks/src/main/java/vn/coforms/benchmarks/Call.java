package vn.coforms.benchmarks;

/** One unit of work a closed-loop worker repeats: a validation, a render, a request. */
@FunctionalInterface
interface Call {
  /**
   * Does the work once.
   *
   * @return empty when it succeeded, else what went wrong (a status other than 200, a short body)
   */
  java.util.Optional<String> run() throws Exception;
}
