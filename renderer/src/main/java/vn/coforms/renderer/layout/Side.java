package vn.coforms.renderer.layout;

/** The side of its sheet of paper a page is printed on. */
public enum Side {
  FRONT,
  BACK
}
