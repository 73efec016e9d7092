package vn.coforms.framework.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a form is issued: the modes it allows, the tick box that mirrors a mode on the form, the
 * fields that date a certificate and the procedure that issuance findings cite.
 *
 * @param dateFields the top-level date fields that date a certificate, in order of preference (the
 *     first one filled wins; e.g. the certification date, then the declaration date)
 * @param source the procedure that issuance findings cite; empty when the form names none
 */
public record Issuance(
    List<IssuanceMode> modes,
    Map<IssuanceMode, String> ticks,
    List<String> dateFields,
    Optional<String> source) {
  public Issuance {
    modes = List.copyOf(modes);
    ticks = Map.copyOf(ticks);
    dateFields = List.copyOf(dateFields);
  }

  public Optional<String> tickFor(IssuanceMode mode) {
    return Optional.ofNullable(ticks.get(mode));
  }
}
