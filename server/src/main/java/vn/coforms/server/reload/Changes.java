package vn.coforms.server.reload;

import java.io.Closeable;
import java.time.Duration;

/** Tells whether anything changed under a folder. Used by one thread. */
interface Changes extends Closeable {
  /**
   * Waits up to {@code timeout} for changes.
   *
   * @return whether anything under the folder changed since the last call
   * @throws java.nio.file.ClosedWatchServiceException once {@link #close()} was called
   */
  boolean await(Duration timeout) throws InterruptedException;

  /** Stops watching; a waiting {@link #await} ends with {@code ClosedWatchServiceException}. */
  @Override
  void close();
}
