package vn.coforms.renderer;

import java.util.Optional;

/**
 * How to print: which copy label (default: the form's first), whether to mark it SPECIMEN, and
 * whether it is a draft of data that failed validation (marked DRAFT – NOT VALID on every page and
 * in the PDF metadata, so it can never pass for a genuine certificate).
 */
public record RenderOptions(Optional<String> copy, boolean specimen, boolean draft) {
  /** Options for a certificate that is not a draft. */
  public RenderOptions(Optional<String> copy, boolean specimen) {
    this(copy, specimen, false);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Optional.empty(), false, false);
  }

  public RenderOptions withCopy(String name) {
    return new RenderOptions(Optional.of(name), specimen, draft);
  }

  public RenderOptions asSpecimen() {
    return new RenderOptions(copy, true, draft);
  }

  /** The same options for data that failed validation: every page is marked as not valid. */
  public RenderOptions asDraft() {
    return new RenderOptions(copy, specimen, true);
  }
}
