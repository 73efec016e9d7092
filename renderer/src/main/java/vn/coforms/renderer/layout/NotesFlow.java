package vn.coforms.renderer.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.coforms.framework.model.Criteria;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.Note;
import vn.coforms.framework.model.NoteTable;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.Printed;
import vn.coforms.framework.model.layout.Align;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;
import vn.coforms.renderer.fonts.FontMetrics;

/**
 * The overleaf as a flow of blocks — numbered notes, the party list, the origin-criterion table —
 * poured into one rectangle after another, so long notes continue on a further overleaf page. The
 * overleaf's title is printed by the page itself (a text element), not by the flow.
 */
final class NotesFlow {
  private static final double GAP = 1.2;
  private final Deque<Block> blocks = new ArrayDeque<>();

  /** A unit of the flow that is never split: a wrapped line, a table row, a row of party names. */
  interface Block {
    double height();

    void paint(Sheet sheet, Rect area, double top);
  }

  static NotesFlow ofNotes(FormDefinition form, Texts texts, double widthMm, double sizePt) {
    NotesFlow flow = new NotesFlow();
    form.overleaf()
        .ifPresent(
            o -> {
              for (Note note : o.notes()) {
                flow.addParagraph(
                    texts,
                    texts.nfc(note.number() + ". " + note.text()),
                    Face.REGULAR,
                    sizePt,
                    widthMm,
                    Align.LEFT);
                note.insert()
                    .ifPresent(
                        insert -> {
                          if (insert.equals("parties")) {
                            flow.addParties(texts, form.agreement().parties(), sizePt);
                          } else {
                            form.criteria()
                                .ifPresent(c -> flow.addCriteria(texts, c, sizePt, widthMm));
                          }
                        });
                note.table().ifPresent(t -> flow.addTable(texts, t, sizePt, widthMm));
                note.after()
                    .ifPresent(
                        a ->
                            flow.addParagraph(
                                texts,
                                texts.nfc(a.text()),
                                Face.REGULAR,
                                sizePt,
                                widthMm,
                                Align.LEFT));
              }
            });
    return flow;
  }

  /**
   * The annex that carries box text which did not fit its box even at the minimum size, printed in
   * the data face; the title and the box headings are the renderer's own (bold serif).
   */
  static NotesFlow ofAnnex(
      String title,
      List<OverflowNote> notes,
      Texts texts,
      Face dataFace,
      double widthMm,
      double sizePt) {
    NotesFlow flow = new NotesFlow();
    flow.addParagraph(texts, texts.nfc(title), Face.BOLD, sizePt + 1, widthMm, Align.LEFT);
    for (OverflowNote n : notes) {
      flow.addParagraph(
          texts, texts.nfc(n.box() + " (continued):"), Face.BOLD, sizePt, widthMm, Align.LEFT);
      flow.addParagraph(texts, texts.nfc(n.text()), dataFace, sizePt, widthMm, Align.LEFT);
    }
    return flow;
  }

  static NotesFlow ofCriteria(Criteria criteria, Texts texts, double widthMm, double sizePt) {
    NotesFlow flow = new NotesFlow();
    flow.addCriteria(texts, criteria, sizePt, widthMm);
    return flow;
  }

  static NotesFlow ofParties(List<Party> parties, Texts texts, double widthMm, double sizePt) {
    NotesFlow flow = new NotesFlow();
    flow.addParties(texts, parties, sizePt);
    return flow;
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Paints blocks from the top of {@code area} until the next one does not fit. */
  void pour(Sheet sheet, Rect area) {
    double y = area.y().value() + Sheet.PAD;
    double bottom = area.bottom().value();
    while (!blocks.isEmpty() && y + blocks.peek().height() <= bottom + 1e-6) {
      Block b = blocks.poll();
      b.paint(sheet, area, y);
      y += b.height();
    }
    if (!blocks.isEmpty() && y == area.y().value() + Sheet.PAD) {
      throw new RenderException(
          "an overleaf block is taller than its whole area " + PageModel.rect(area));
    }
  }

  private void addParagraph(
      Texts texts, String text, Face face, double sizePt, double widthMm, Align align) {
    List<String> lines = texts.fitter(face).wrap(text, widthMm - 2 * Sheet.PAD, sizePt);
    double lh = FontMetrics.lineHeightMm(sizePt);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      double extra = i == lines.size() - 1 ? GAP / 2 : 0;
      blocks.add(
          new Block() {
            @Override
            public double height() {
              return lh + extra;
            }

            @Override
            public void paint(Sheet sheet, Rect area, double top) {
              sheet.lines(List.of(line), face, sizePt, area, top, align, Mark.Ink.BLACK);
            }
          });
    }
  }

  private void addParties(Texts texts, List<Party> parties, double sizePt) {
    int columns = 3;
    double lh = FontMetrics.lineHeightMm(sizePt);
    for (int i = 0; i < parties.size(); i += columns) {
      List<String> names = new ArrayList<>();
      for (int j = i; j < Math.min(i + columns, parties.size()); j++) {
        names.add(texts.nfc(parties.get(j).printed()));
      }
      blocks.add(
          new Block() {
            @Override
            public double height() {
              return lh;
            }

            @Override
            public void paint(Sheet sheet, Rect area, double top) {
              double colWidth = area.width().value() / columns;
              for (int c = 0; c < names.size(); c++) {
                Rect cell = Rect.of(area.x().value() + c * colWidth, top, colWidth, lh);
                sheet.lines(
                    List.of(names.get(c)),
                    Face.BOLD,
                    sizePt,
                    cell,
                    top,
                    Align.CENTER,
                    Mark.Ink.BLACK);
              }
            }
          });
    }
    blocks.add(spacer(GAP));
  }

  private void addCriteria(Texts texts, Criteria criteria, double sizePt, double widthMm) {
    List<Double> widths = List.of(0.68, 0.32);
    blocks.add(
        tableRow(
            texts,
            List.of(criteria.heading(), criteria.insertHeading()),
            widths,
            Face.BOLD,
            sizePt,
            widthMm));
    for (CriterionKind k : criteria.kinds()) {
      blocks.add(
          tableRow(
              texts, List.of(k.circumstance(), k.insert()), widths, Face.REGULAR, sizePt, widthMm));
    }
    blocks.add(spacer(GAP));
  }

  private void addTable(Texts texts, NoteTable table, double sizePt, double widthMm) {
    double total = table.columns().stream().mapToDouble(NoteTable.Column::width).sum();
    List<Double> widths = table.columns().stream().map(c -> c.width() / total).toList();
    blocks.add(
        tableRow(
            texts,
            table.columns().stream().map(c -> c.heading().text()).toList(),
            widths,
            Face.BOLD,
            sizePt,
            widthMm));
    for (List<Printed> row : table.rows()) {
      blocks.add(
          tableRow(
              texts,
              row.stream().map(Printed::text).toList(),
              widths,
              Face.REGULAR,
              sizePt,
              widthMm));
    }
    blocks.add(spacer(GAP));
  }

  /** One framed row of cells; {@code shares} are the columns' fractions of the width. */
  private static Block tableRow(
      Texts texts,
      List<String> cells,
      List<Double> shares,
      Face face,
      double sizePt,
      double widthMm) {
    double inner = widthMm - 2 * Sheet.PAD;
    List<List<String>> wrapped = new ArrayList<>();
    int tallest = 0;
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines =
          texts
              .fitter(face)
              .wrap(texts.nfc(cells.get(c)), inner * shares.get(c) - 2 * Sheet.PAD, sizePt);
      wrapped.add(lines);
      tallest = Math.max(tallest, lines.size());
    }
    double h = tallest * FontMetrics.lineHeightMm(sizePt) + 2 * RowPaginator.ROW_PAD;
    return new Block() {
      @Override
      public double height() {
        return h;
      }

      @Override
      public void paint(Sheet sheet, Rect area, double top) {
        List<Rect> frames = new ArrayList<>();
        double x = area.x().value() + Sheet.PAD;
        for (int c = 0; c < wrapped.size(); c++) {
          double w = inner * shares.get(c);
          frames.add(Rect.of(x, top, w, h));
          x += w;
        }
        frames.forEach(cell -> sheet.frame(cell, 0.5));
        for (int c = 0; c < wrapped.size(); c++) {
          sheet.lines(
              wrapped.get(c),
              face,
              sizePt,
              frames.get(c),
              top + RowPaginator.ROW_PAD,
              Align.LEFT,
              Mark.Ink.BLACK);
        }
      }
    };
  }

  private static Block spacer(double h) {
    return new Block() {
      @Override
      public double height() {
        return h;
      }

      @Override
      public void paint(Sheet sheet, Rect area, double top) {}
    };
  }
}
