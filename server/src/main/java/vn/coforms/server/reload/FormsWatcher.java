package vn.coforms.server.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.jspecify.annotations.Nullable;

/**
 * The service that watches a forms folder and reloads it: started and stopped with the server. One
 * daemon thread named {@value #THREAD}; stop closes the watch and waits for the thread to end.
 *
 * <p>Changes are noticed by the operating system's watch ({@link FolderWatch}), or by polling
 * ({@link FolderScan}) where the file system cannot watch; a burst of changes (an editor writes a
 * file in several steps) is one reload once the folder has been quiet for {@link #QUIET}.
 */
final class FormsWatcher extends AbstractLifeCycle {
  static final String THREAD = "coforms-reload";

  /** How long the folder must be quiet before it reloads: an editor's save is one burst. */
  static final Duration QUIET = Duration.ofMillis(250);

  /** The longest a burst may delay a reload: a folder that keeps changing still reloads. */
  static final Duration MAX_WAIT = Duration.ofSeconds(1);

  /** How often the thread looks at the clock while changes are pending. */
  static final Duration TICK = Duration.ofMillis(50);

  /** How long the thread waits for a change when none is pending (a change wakes it at once). */
  static final Duration IDLE = Duration.ofSeconds(1);

  /** How often the fallback scans the folder. */
  static final Duration SCAN = Duration.ofMillis(500);

  /** How long a stop waits for a reload in progress. */
  static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private final Path formsDir;
  private final Reloader reloader;
  private final Clock clock;
  private final Consumer<String> log;
  private volatile @Nullable Changes changes;
  private volatile @Nullable Thread thread;

  FormsWatcher(Path formsDir, Reloader reloader, Clock clock, Consumer<String> log) {
    this.formsDir = formsDir;
    this.reloader = reloader;
    this.clock = clock;
    this.log = log;
  }

  @Override
  protected void doStart() {
    Changes watching;
    Duration tick = TICK;
    Duration idle = IDLE;
    try {
      watching = FolderWatch.open(formsDir);
    } catch (IOException e) {
      log.accept(
          "cannot watch "
              + formsDir
              + " ("
              + e.getMessage()
              + "); looking for changes every "
              + SCAN.toMillis()
              + " ms instead");
      watching = new FolderScan(formsDir);
      tick = SCAN;
      idle = SCAN;
    }
    changes = watching;
    Changes c = watching;
    Duration t = tick;
    Duration i = idle;
    Thread worker = new Thread(() -> run(c, t, i), THREAD);
    worker.setDaemon(true);
    thread = worker;
    worker.start();
  }

  @Override
  protected void doStop() throws InterruptedException {
    Changes c = changes;
    if (c != null) {
      c.close();
    }
    Thread worker = thread;
    if (worker != null) {
      worker.join(STOP_WAIT.toMillis());
    }
    changes = null;
    thread = null;
  }

  /** Whether the watching thread is running (for tests). */
  boolean watching() {
    Thread worker = thread;
    return worker != null && worker.isAlive();
  }

  private void run(Changes c, Duration tick, Duration idle) {
    Debounce debounce = new Debounce(clock, QUIET, MAX_WAIT);
    try {
      while (true) {
        if (c.await(debounce.pending() ? tick : idle)) {
          debounce.changed();
        }
        if (debounce.due()) {
          reloadSafely();
        }
      }
    } catch (ClosedWatchServiceException e) {
      // stopped
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void reloadSafely() {
    try {
      reloader.reload();
    } catch (RuntimeException | StackOverflowError e) {
      log.accept(
          "reloading "
              + formsDir
              + " failed; the forms in force stay as they were (this is a bug in coforms, please"
              + " report it with the forms folder)");
    }
  }
}
