package vn.coforms.framework.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
