package vn.coforms.framework.model;

import java.util.Optional;

/** One numbered overleaf note; {@code insert} names a table printed after it (parties, criteria). */
public record Note(String number, String text, Optional<String> insert) {}
