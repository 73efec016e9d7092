package vn.coforms.framework.model.layout;

/** A point on the page, in millimetres from the top-left corner. */
public record Point(Mm x, Mm y) {
  public static Point of(double x, double y) {
    return new Point(Mm.of(x), Mm.of(y));
  }
}
