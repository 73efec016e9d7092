package vn.coforms.framework.model.layout;

/** A length in millimetres; the only unit layouts are declared in. */
public record Mm(double value) {
  public static final double POINTS_PER_MM = 72.0 / 25.4;

  public float toPoints() {
    return (float) (value * POINTS_PER_MM);
  }

  public static Mm of(double value) {
    return new Mm(value);
  }

  public Mm plus(Mm other) {
    return new Mm(value + other.value);
  }
}
