package vn.coforms.framework.model;

import java.util.Optional;
import vn.coforms.framework.diag.SourceRef;

/**
 * One numbered overleaf note, printed in this order: its text, the table {@code insert} names
 * (parties, criteria), its own {@code table}, then the text {@code after} the table.
 */
public record Note(
    String number,
    String text,
    Optional<String> insert,
    Optional<NoteTable> table,
    Optional<Printed> after,
    SourceRef at) {

  /** A note with text only (and perhaps an inserted table). */
  public Note(String number, String text, Optional<String> insert, SourceRef at) {
    this(number, text, insert, Optional.empty(), Optional.empty(), at);
  }
}
