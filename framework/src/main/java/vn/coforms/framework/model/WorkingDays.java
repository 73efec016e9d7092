package vn.coforms.framework.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

  /**
   * The working days after {@code from} up to and including {@code to}; negative if reversed.
   *
   * <p>Counted arithmetically (whole weeks, then the remaining days, then the holidays in range),
   * so the cost does not grow with the distance between the dates.
   */
  public long between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    long days = ChronoUnit.DAYS.between(from, to);
    long n = days / 7 * 6;
    LocalDate d = from.plusDays(days / 7 * 7);
    for (long i = days % 7; i > 0; i--) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n++;
      }
    }
    for (LocalDate h : holidays) {
      if (h.isAfter(from) && !h.isAfter(to) && h.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n--;
      }
    }
    return n;
  }
}
