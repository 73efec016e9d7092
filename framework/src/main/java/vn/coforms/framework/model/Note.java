package vn.coforms.framework.model;

import java.util.Optional;
import vn.coforms.framework.diag.SourceRef;

/**
 * One numbered overleaf note; {@code insert} names a table printed after it (parties, criteria).
 */
public record Note(String number, String text, Optional<String> insert, SourceRef at) {}
