package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Documents of the dossier a trader may hand in after the certificate is issued, and by when.
 *
 * @param documents the ids of the {@link RequiredDocument}s that may come later
 * @param workingDays the most working days after issuance they may come
 */
public record DeferredDocuments(
    List<String> documents, int workingDays, Bilingual text, String source) {
  public DeferredDocuments {
    documents = List.copyOf(documents);
    requireNonNull(text, "text");
    requireNonNull(source, "source");
  }
}
