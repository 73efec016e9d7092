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
    List<SheetDef> sheets,
    Optional<Continuation> continuation,
    List<Stamp> stamps,
    Optional<Background> background,
    DataFace dataFace) {
  public Layout {
    copies = List.copyOf(copies);
    pages = List.copyOf(pages);
    sheets = List.copyOf(sheets);
    stamps = List.copyOf(stamps);
  }

  public Optional<PageDef> page(String id) {
    return pages.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Whether the form is printed on both sides of the paper: some sheet declares a back. Every sheet
   * of a two-sided form then takes two pages of the PDF, so a duplex printer puts each page on the
   * side it belongs to.
   */
  public boolean twoSided() {
    return sheets.stream().anyMatch(s -> s.back().isPresent());
  }

  public List<PageDef> pages(PageRole role) {
    return pages.stream().filter(p -> p.role() == role).toList();
  }
}
