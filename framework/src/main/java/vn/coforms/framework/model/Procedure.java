package vn.coforms.framework.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The administrative procedure for issuing a form: channels, time limits, fees, refusal grounds.
 */
public record Procedure(
    String code,
    List<String> channels,
    boolean electronic,
    boolean paperOnly,
    List<TimeLimit> timeLimits,
    List<Fee> fees,
    List<Statement> refusal) {
  public Procedure {
    channels = List.copyOf(channels);
    timeLimits = List.copyOf(timeLimits);
    fees = List.copyOf(fees);
    refusal = List.copyOf(refusal);
  }

  public Optional<Fee> feeOn(LocalDate day) {
    return fees.stream().filter(f -> f.appliesOn(day)).findFirst();
  }
}
