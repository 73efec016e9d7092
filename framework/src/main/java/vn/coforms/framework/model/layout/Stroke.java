package vn.coforms.framework.model.layout;

/** How a printed rule is drawn: a solid line, or the dotted leader a fill-in is written on. */
public enum Stroke {
  SOLID,
  DOTTED
}
