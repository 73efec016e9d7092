package vn.coforms.framework.model.layout;

import java.util.List;
import java.util.Optional;

/** The printed layout of a form; {@code dataFace} is the face of filled-in data. */
public record Layout(
    Mm pageWidth,
    Mm pageHeight,
    FontSpec font,
    FontSpec labelFont,
    List<String> copies,
    List<PageDef> pages,
    Optional<Continuation> continuation,
    List<Stamp> stamps,
    Optional<Background> background,
    DataFace dataFace) {
  public Layout {
    copies = List.copyOf(copies);
    pages = List.copyOf(pages);
    stamps = List.copyOf(stamps);
  }

  public Optional<PageDef> page(String id) {
    return pages.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public List<PageDef> pages(PageRole role) {
    return pages.stream().filter(p -> p.role() == role).toList();
  }
}
