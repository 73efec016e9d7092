package vn.coforms.framework.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2026, 9, 2)));

  @Test
  void skipsSundaysButCountsSaturdays() {
    // Fri 2026-11-20 -> Tue 2026-11-24: Sat 21, (Sun 22), Mon 23, Tue 24
    assertThat(days.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24))).isEqualTo(3);
  }

  @Test
  void skipsPublicHolidays() {
    // Tue 2026-09-01 -> Thu 2026-09-03: (Wed 2 holiday), Thu 3
    assertThat(days.between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3))).isEqualTo(1);
  }

  @Test
  void isNegativeWhenTheDatesAreReversed() {
    assertThat(days.between(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 20))).isEqualTo(-3);
  }

  @Test
  void agreesWithADayByDayCountOverEveryStartWeekdayAndLength() {
    LocalDate start = LocalDate.of(2026, 8, 24);
    for (int offset = 0; offset < 7; offset++) {
      LocalDate from = start.plusDays(offset);
      for (int length = 0; length < 30; length++) {
        LocalDate to = from.plusDays(length);
        assertThat(days.between(from, to)).as("%s..%s", from, to).isEqualTo(dayByDay(from, to));
      }
    }
  }

  @Test
  void countsCenturiesWithoutSteppingThroughEachDay() {
    long n =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                days.between(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(999_999_999, 12, 31)));
    assertThat(n).isPositive();
    assertThat(days.between(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)))
        .isEqualTo(dayByDay(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)));
  }

  private long dayByDay(LocalDate from, LocalDate to) {
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (days.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
