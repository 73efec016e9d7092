package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

/**
 * One document of the application dossier, as the procedure lists it.
 *
 * @param id the procedure's own label for it (the seeds letter them {@code a}, {@code b}, …, {@code
 *     đ}), which {@link DeferredDocuments} refers to
 */
public record RequiredDocument(String id, Bilingual text) {
  public RequiredDocument {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
  }
}
