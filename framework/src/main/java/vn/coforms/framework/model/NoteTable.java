package vn.coforms.framework.model;

import java.util.List;
import vn.coforms.framework.diag.SourceRef;

/**
 * A table printed inside an overleaf note: column headings with relative widths, and rows with one
 * cell per column (the loader checks the count). Cells keep their own position so a check of the
 * printed text can name the line of each.
 */
public record NoteTable(List<Column> columns, List<List<Printed>> rows, SourceRef at) {
  public NoteTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A column: its printed heading and its width relative to the other columns. */
  public record Column(Printed heading, double width) {}
}
