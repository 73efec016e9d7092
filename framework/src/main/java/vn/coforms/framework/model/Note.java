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
    SourceRef at) {}
