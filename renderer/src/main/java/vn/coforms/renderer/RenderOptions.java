package vn.coforms.renderer;

import java.util.Optional;

/** How to print: which copy label (default: the form's first), and whether to mark it SPECIMEN. */
public record RenderOptions(Optional<String> copy, boolean specimen) {
  public static RenderOptions defaults() {
    return new RenderOptions(Optional.empty(), false);
  }

  public RenderOptions withCopy(String name) {
    return new RenderOptions(Optional.of(name), specimen);
  }

  public RenderOptions asSpecimen() {
    return new RenderOptions(copy, true);
  }
}
