package vn.coforms.framework.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The trade agreement behind a form, with its parties as printed on the form. */
public record Agreement(
    String id,
    Bilingual name,
    Optional<LocalDate> signed,
    List<LegalBasis> legalBasis,
    List<Party> parties) {
  public Agreement {
    legalBasis = List.copyOf(legalBasis);
    parties = List.copyOf(parties);
  }

  public Optional<Party> party(String country) {
    return parties.stream().filter(p -> p.country().equals(country)).findFirst();
  }
}
