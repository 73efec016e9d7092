package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

/** How many sets of the application dossier the trader hands in, with the procedure's wording. */
public record DossierCopies(int count, Bilingual text) {
  public DossierCopies {
    requireNonNull(text, "text");
  }
}
