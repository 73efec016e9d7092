package vn.coforms.framework.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts Vietnamese working days: Sundays and public holidays are days off; Saturday counts as a
 * working day for the retroactive-issue rule (seed 003, box 13).
 */
public record WorkingDays(Set<LocalDate> holidays) {
  public WorkingDays {
    holidays = Set.copyOf(holidays);
  }

  public static WorkingDays none() {
    return new WorkingDays(Set.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The working days after {@code from} up to and including {@code to}; negative if reversed. */
  public long between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
