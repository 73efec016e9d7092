package vn.coforms.framework.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The administrative procedure for issuing a form: channels, time limits, fees, refusal grounds,
 * and the facts a trader needs before applying, in the procedure's own words.
 *
 * @param documents the application dossier, in the procedure's order
 * @param deferred documents that may be handed in after issuance, within a number of working days
 * @param validity how long an issued certificate is valid, where the procedure says
 * @param inspection when the issuing body may inspect the place of production
 * @param copies how many sets of the dossier are handed in
 */
public record Procedure(
    String code,
    List<String> channels,
    boolean electronic,
    boolean paperOnly,
    List<TimeLimit> timeLimits,
    List<Fee> fees,
    List<Statement> refusal,
    List<RequiredDocument> documents,
    Optional<DeferredDocuments> deferred,
    Optional<Statement> validity,
    Optional<Statement> inspection,
    Optional<DossierCopies> copies) {
  public Procedure {
    channels = List.copyOf(channels);
    timeLimits = List.copyOf(timeLimits);
    fees = List.copyOf(fees);
    refusal = List.copyOf(refusal);
    documents = List.copyOf(documents);
  }

  public Optional<Fee> feeOn(LocalDate day) {
    return fees.stream().filter(f -> f.appliesOn(day)).findFirst();
  }
}
