package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

/** A party to an agreement: its ISO 3166 alpha-2 code and the spelling printed on this form. */
public record Party(String country, String printed) {
  public Party {
    requireNonNull(country, "country");
    requireNonNull(printed, "printed");
  }
}
