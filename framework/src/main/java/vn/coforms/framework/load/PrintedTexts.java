package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.model.Printed;

/**
 * Every static text a form file declares for printing, in file order, each with the position of its
 * first character: box and tick labels, static text elements, column headers, the continuation
 * marker, the criterion table, and the overleaf (title, notes, note tables). A value taken from a
 * shared fragment ({@code @texts/…}) is the resolved text, located where the reference is written.
 * Templates (box contents, stamps) are data, not printed text, and are left out.
 */
final class PrintedTexts {
  private final List<Printed> out = new ArrayList<>();

  private PrintedTexts() {}

  static List<Printed> of(Node root) {
    PrintedTexts texts = new PrintedTexts();
    root.opt("layout").ifPresent(texts::layout);
    root.opt("criteria").ifPresent(texts::criteria);
    root.opt("overleaf").ifPresent(texts::overleaf);
    return List.copyOf(texts.out);
  }

  private void layout(Node layout) {
    for (Node page : layout.list("pages")) {
      for (Node e : page.list("elements")) {
        switch (e.text("type")) {
          case "box", "tick" -> add(e, "label");
          case "text" -> add(e, "text");
          case "table" -> e.list("columns").forEach(c -> add(c, "label"));
          default -> {
            // Other elements print no text of their own (fields, lines, notes, ...).
          }
        }
      }
    }
    layout.opt("continuation").ifPresent(c -> add(c, "marker"));
  }

  private void criteria(Node criteria) {
    add(criteria, "heading");
    add(criteria, "insertHeading");
    for (Node kind : criteria.list("kinds")) {
      add(kind, "circumstance");
      add(kind, "insert");
    }
  }

  private void overleaf(Node overleaf) {
    add(overleaf, "title");
    for (Node note : overleaf.list("notes")) {
      add(note, "text");
      note.opt("table")
          .ifPresent(
              t -> {
                t.list("columns").forEach(c -> add(c, "heading"));
                t.list("rows").forEach(r -> r.elements().forEach(this::add));
              });
      add(note, "after");
    }
  }

  private void add(Node parent, String key) {
    parent.opt(key).ifPresent(this::add);
  }

  private void add(Node value) {
    if (value.json().isTextual() && !value.asText().isBlank()) {
      out.add(new Printed(value.asText(), value.contentAt()));
    }
  }
}
