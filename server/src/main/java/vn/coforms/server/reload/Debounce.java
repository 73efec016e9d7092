package vn.coforms.server.reload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Turns a burst of changes into one: due once no change came for the quiet period, or once the
 * first change of the burst is {@code maxWait} old (so a folder that never stops changing still
 * reloads). Time comes from the injected clock. Used by one thread; not thread-safe.
 */
final class Debounce {
  private final Clock clock;
  private final Duration quiet;
  private final Duration maxWait;
  private @Nullable Instant first;
  private @Nullable Instant last;

  Debounce(Clock clock, Duration quiet, Duration maxWait) {
    this.clock = clock;
    this.quiet = quiet;
    this.maxWait = maxWait;
  }

  /** Notes a change now. */
  void changed() {
    Instant now = clock.instant();
    if (first == null) {
      first = now;
    }
    last = now;
  }

  /** Whether a change was noted that is not yet due. */
  boolean pending() {
    return last != null;
  }

  /** Whether the changes noted so far are due for one reload; if so, starts afresh. */
  boolean due() {
    Instant f = first;
    Instant l = last;
    if (f == null || l == null) {
      return false;
    }
    Instant now = clock.instant();
    if (Duration.between(l, now).compareTo(quiet) >= 0
        || Duration.between(f, now).compareTo(maxWait) >= 0) {
      first = null;
      last = null;
      return true;
    }
    return false;
  }
}
