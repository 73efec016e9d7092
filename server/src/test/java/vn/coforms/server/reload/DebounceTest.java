package vn.coforms.server.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DebounceTest {
  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T00:00:00Z");

    void advance(long millis) {
      now = now.plusMillis(millis);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final HandClock clock = new HandClock();
  final Debounce debounce = new Debounce(clock, Duration.ofMillis(250), Duration.ofSeconds(1));

  @Test
  void isNotDueWithoutAChange() {
    clock.advance(10_000);
    assertThat(debounce.due()).isFalse();
  }

  @Test
  void isDueOnceTheFolderHasBeenQuietForTheQuietPeriod() {
    debounce.changed();
    clock.advance(249);
    assertThat(debounce.due()).isFalse();
    assertThat(debounce.pending()).isTrue();
    clock.advance(1);
    assertThat(debounce.due()).isTrue();
    assertThat(debounce.pending()).isFalse();
  }

  @Test
  void makesOneReloadOfABurstOfChanges() {
    int due = 0;
    for (int i = 0; i < 5; i++) {
      debounce.changed();
      clock.advance(100);
      due += debounce.due() ? 1 : 0;
    }
    clock.advance(250);
    due += debounce.due() ? 1 : 0;
    clock.advance(250);
    due += debounce.due() ? 1 : 0;
    assertThat(due).isOne();
  }

  @Test
  void isDueAfterTheLongestWaitWhenTheChangesNeverStop() {
    boolean due = false;
    for (int waited = 0; waited < 1000 && !due; waited += 100) {
      debounce.changed();
      clock.advance(100);
      due = debounce.due();
    }
    assertThat(due).isTrue();
  }
}
