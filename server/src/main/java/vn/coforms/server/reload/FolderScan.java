package vn.coforms.server.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The changes under a folder found by polling: every call compares the name, size and time of every
 * file with the previous call. The fallback for file systems that cannot watch.
 */
final class FolderScan implements Changes {
  private final Path root;
  private List<String> last;
  private volatile boolean closed;

  FolderScan(Path root) {
    this.root = root;
    this.last = fingerprint();
  }

  @Override
  public boolean await(Duration timeout) throws InterruptedException {
    if (closed) {
      throw new ClosedWatchServiceException();
    }
    Thread.sleep(timeout.toMillis());
    if (closed) {
      throw new ClosedWatchServiceException();
    }
    List<String> now = fingerprint();
    boolean changed = !now.equals(last);
    last = now;
    return changed;
  }

  @Override
  public void close() {
    closed = true;
  }

  private List<String> fingerprint() {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(
              p -> {
                try {
                  BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                  return p + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
                } catch (IOException e) {
                  return p + "\tgone";
                }
              })
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of("unlisted");
    }
  }
}
