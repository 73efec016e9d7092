package vn.coforms.framework.model;

import java.util.OptionalDouble;

/** The allowed range of the Regional Value Content percentage of a criterion kind. */
public record RvcBounds(OptionalDouble min, OptionalDouble max, Bilingual message, String source) {
  public boolean admits(double rvc) {
    return (min.isEmpty() || rvc >= min.getAsDouble())
        && (max.isEmpty() || rvc <= max.getAsDouble());
  }
}
