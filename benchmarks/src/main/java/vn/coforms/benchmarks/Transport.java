package vn.coforms.benchmarks;

import java.net.URI;

/** One way of sending a POST to the server and reading the whole answer. Thread-safe. */
interface Transport extends AutoCloseable {
  /**
   * Sends {@code body} as JSON to {@code uri} and reads the answer to its end.
   *
   * @return the status code and the number of bytes of the answer
   */
  Answer post(URI uri, byte[] body) throws Exception;

  /** The name printed in the report. */
  String name();

  /** What came back: the status and how many bytes the body had. */
  record Answer(int status, int bytes) {}

  @Override
  void close() throws java.io.IOException;
}
