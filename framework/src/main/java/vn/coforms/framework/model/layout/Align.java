package vn.coforms.framework.model.layout;

/** Horizontal alignment of text in its rectangle. */
public enum Align {
  LEFT,
  CENTER,
  RIGHT
}
