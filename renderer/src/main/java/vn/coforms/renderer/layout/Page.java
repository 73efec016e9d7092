package vn.coforms.renderer.layout;

import java.util.List;
import vn.coforms.framework.model.layout.PageRole;

/** One laid-out page: its size in millimetres, what it is for, and its marks in drawing order. */
public record Page(
    int number, String pageId, PageRole role, double widthMm, double heightMm, List<Mark> marks) {
  public Page {
    marks = List.copyOf(marks);
  }
}
