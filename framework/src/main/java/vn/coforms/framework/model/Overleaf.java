package vn.coforms.framework.model;

import java.util.List;

/** The overleaf notes of a form, verbatim. */
public record Overleaf(String title, List<Note> notes) {
  public Overleaf {
    notes = List.copyOf(notes);
  }
}
