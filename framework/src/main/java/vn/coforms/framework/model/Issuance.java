package vn.coforms.framework.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The issuance modes a form allows and the tick box that mirrors a mode on the form. */
public record Issuance(List<IssuanceMode> modes, Map<IssuanceMode, String> ticks) {
  public Issuance {
    modes = List.copyOf(modes);
    ticks = Map.copyOf(ticks);
  }

  public Optional<String> tickFor(IssuanceMode mode) {
    return Optional.ofNullable(ticks.get(mode));
  }
}
