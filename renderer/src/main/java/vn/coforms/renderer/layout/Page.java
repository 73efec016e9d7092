package vn.coforms.renderer.layout;

import java.util.List;
import vn.coforms.framework.model.layout.PageRole;

/**
 * One laid-out page: the sheet of paper and side it is printed on, its size in millimetres, what it
 * is for, and its marks in drawing order. A blank back ({@code pageId} "blank") has no marks of its
 * own and no page number.
 */
public record Page(
    int number,
    String pageId,
    PageRole role,
    int sheet,
    Side side,
    double widthMm,
    double heightMm,
    List<Mark> marks) {
  /** The page id of the empty back of a sheet that declares none, on a two-sided form. */
  public static final String BLANK = "blank";

  public Page {
    marks = List.copyOf(marks);
  }
}
