package vn.coforms.server.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The changes under a folder as the operating system reports them (inotify on Linux): the folder
 * and every folder below it, including those created later, are watched.
 */
final class FolderWatch implements Changes {
  private final WatchService service;

  private FolderWatch(WatchService service) {
    this.service = service;
  }

  /**
   * Watches {@code root} and the folders below it.
   *
   * @throws IOException when the file system cannot watch (then poll it instead)
   */
  static FolderWatch open(Path root) throws IOException {
    FolderWatch watch = new FolderWatch(root.getFileSystem().newWatchService());
    try {
      watch.registerTree(root);
    } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
      watch.close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    return watch;
  }

  @Override
  public boolean await(Duration timeout) throws InterruptedException {
    WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    boolean changed = false;
    while (key != null) {
      Path dir = (Path) key.watchable();
      for (WatchEvent<?> event : key.pollEvents()) {
        changed = true;
        if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
          Path child = dir.resolve(name);
          if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            registerQuietly(child);
          }
        }
      }
      key.reset();
      key = service.poll();
    }
    return changed;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // nothing is left to release
    }
  }

  /** Registers a new folder; one that vanished at once needs no watching. */
  private void registerQuietly(Path dir) {
    try {
      registerTree(dir);
    } catch (IOException | UncheckedIOException e) {
      // it was deleted again; its parent's events still arrive
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
      }
    }
  }
}
