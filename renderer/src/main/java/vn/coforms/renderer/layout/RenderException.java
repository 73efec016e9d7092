package vn.coforms.renderer.layout;

/** The definition cannot be laid out (e.g. static text that does not fit its rectangle at any size). */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }
}
