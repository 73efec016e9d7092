package vn.coforms.framework.model.layout;

/** A font size in points and the smallest size text may shrink to before it wraps or continues. */
public record FontSpec(double size, double minSize) {
  public FontSpec {
    Checks.checkArgument(size > 0, "font size must be > 0 pt, was %s", size);
    Checks.checkArgument(
        minSize > 0 && minSize <= size, "minSize must be in (0, %s], was %s", size, minSize);
  }
}
