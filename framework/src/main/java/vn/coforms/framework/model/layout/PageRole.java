package vn.coforms.framework.model.layout;

/**
 * What a page is for: the front, a continuation sheet for overflowing items, the overleaf notes.
 */
public enum PageRole {
  FRONT,
  CONTINUATION,
  OVERLEAF
}
