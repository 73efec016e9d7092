package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

/**
 * A form an issuing procedure names but the catalogue cannot declare yet, because its certificate
 * template is not available as text: listed so officers see what is not issuable here and form
 * authors see what to obtain.
 *
 * @param code the form's code as the procedure names it ({@code AJ})
 * @param parties the agreement's parties, as one line
 * @param procedure the administrative procedure's code ({@code 1.000432})
 * @param reason why it is not declared
 * @param needed what would let someone declare it
 */
public record MissingForm(
    String code,
    Bilingual agreement,
    String parties,
    String procedure,
    Bilingual reason,
    Bilingual needed) {
  public MissingForm {
    requireNonNull(code, "code");
    requireNonNull(agreement, "agreement");
    requireNonNull(parties, "parties");
    requireNonNull(procedure, "procedure");
    requireNonNull(reason, "reason");
    requireNonNull(needed, "needed");
  }
}
