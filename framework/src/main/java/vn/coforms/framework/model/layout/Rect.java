package vn.coforms.framework.model.layout;

import static vn.coforms.framework.model.layout.Checks.checkArgument;

/** A rectangle on the page, in millimetres from the top-left corner. */
public record Rect(Mm x, Mm y, Mm width, Mm height) {
  public Rect {
    checkArgument(width.value() > 0, "rect width must be > 0 mm, was %s mm", width.value());
    checkArgument(height.value() > 0, "rect height must be > 0 mm, was %s mm", height.value());
  }

  public static Rect of(double x, double y, double width, double height) {
    return new Rect(Mm.of(x), Mm.of(y), Mm.of(width), Mm.of(height));
  }

  public Mm right() {
    return x.plus(width);
  }

  public Mm bottom() {
    return y.plus(height);
  }

  public boolean within(Mm pageWidth, Mm pageHeight) {
    double eps = 1e-6;
    return x.value() >= -eps
        && y.value() >= -eps
        && right().value() <= pageWidth.value() + eps
        && bottom().value() <= pageHeight.value() + eps;
  }
}
