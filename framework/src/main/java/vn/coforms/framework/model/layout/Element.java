package vn.coforms.framework.model.layout;

import java.util.Optional;
import vn.coforms.framework.diag.SourceRef;

/**
 * Something drawn on a page. The kinds are closed: code that handles elements switches over {@link
 * #kind()} without a default, so the compiler names every place a new kind must be handled, and
 * {@code ClosedKindsTest} checks that {@link Kind} lists exactly the permitted records.
 */
public sealed interface Element
    permits Element.Box,
        Element.Text,
        Element.Field,
        Element.Tick,
        Element.Line,
        Element.Table,
        Element.CopyLabel,
        Element.Notes,
        Element.CriteriaTable,
        Element.Parties {

  /** The kind of element, one per permitted record, with its YAML {@code type:} name. */
  enum Kind {
    BOX("box", Box.class),
    TEXT("text", Text.class),
    FIELD("field", Field.class),
    TICK("tick", Tick.class),
    LINE("line", Line.class),
    TABLE("table", Table.class),
    COPY_LABEL("copy-label", CopyLabel.class),
    NOTES("notes", Notes.class),
    CRITERIA_TABLE("criteria-table", CriteriaTable.class),
    PARTIES("parties", Parties.class);

    private final String yaml;
    private final Class<? extends Element> type;

    Kind(String yaml, Class<? extends Element> type) {
      this.yaml = yaml;
      this.type = type;
    }

    /** The name written as {@code type:} in a form file. */
    public String yaml() {
      return yaml;
    }

    /** The record that carries this kind. */
    public Class<? extends Element> type() {
      return type;
    }

    /** The kind written as {@code type: name}, if there is one. */
    public static Optional<Kind> ofYaml(String name) {
      for (Kind k : values()) {
        if (k.yaml.equals(name)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  Kind kind();

  /** The area the element occupies; a line's bounding box. */
  Rect bounds();

  SourceRef at();

  /** A frame with its printed label (verbatim) and the content filled in from the data. */
  record Box(
      String id,
      Rect rect,
      String label,
      Optional<Template> content,
      Optional<FontSpec> font,
      SourceRef at)
      implements Element {
    @Override
    public Kind kind() {
      return Kind.BOX;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /** Static printed text without a frame. */
  record Text(Rect rect, String text, double size, boolean bold, Align align, SourceRef at)
      implements Element {
    @Override
    public Kind kind() {
      return Kind.TEXT;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /**
   * A fill-in inside static text (no frame), e.g. the country after "Issued in". With a {@code
   * leader}, the printed line (solid or dotted) is drawn along the bottom edge of {@code rect} and
   * the value's baseline sits on it; its last line does when the value wraps.
   */
  record Field(
      Rect rect,
      Template content,
      Optional<FontSpec> font,
      Align align,
      Optional<Stroke> leader,
      SourceRef at)
      implements Element {
    @Override
    public Kind kind() {
      return Kind.FIELD;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /** A tick box bound to a tick field, with its printed text to the right of the square. */
  record Tick(Rect rect, String field, String label, SourceRef at) implements Element {
    @Override
    public Kind kind() {
      return Kind.TICK;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /** A printed rule, solid or dotted. */
  record Line(Point from, Point to, Stroke stroke, SourceRef at) implements Element {
    @Override
    public Kind kind() {
      return Kind.LINE;
    }

    @Override
    public Rect bounds() {
      double x = Math.min(from.x().value(), to.x().value());
      double y = Math.min(from.y().value(), to.y().value());
      double w = Math.max(Math.abs(from.x().value() - to.x().value()), 0.01);
      double h = Math.max(Math.abs(from.y().value() - to.y().value()), 0.01);
      return Rect.of(x, y, w, h);
    }
  }

  /**
   * The item table: one row per row of a group field, columns left to right. With {@code
   * strikeUnused}, a rule is drawn under the last item and the unused space is struck through
   * (EUR.1: "draw a horizontal line below the last item and strike through unused space"). The
   * footer is paginated like one more row.
   */
  record Table(
      String id,
      Rect rect,
      String group,
      Mm headerHeight,
      java.util.List<Column> columns,
      Optional<Footer> footer,
      boolean strikeUnused,
      SourceRef at)
      implements Element {
    @Override
    public Kind kind() {
      return Kind.TABLE;
    }

    public Table {
      columns = java.util.List.copyOf(columns);
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /**
   * Certificate-level text printed after the last item, inside the column of {@code box} (Forms D
   * and E: the invoicing company and the original certificate belong to Box 7).
   */
  record Footer(String box, Template content) {}

  /** The copy label ("Original", "Duplicate", …) of the copy being printed. */
  record CopyLabel(Rect rect, SourceRef at) implements Element {
    @Override
    public Kind kind() {
      return Kind.COPY_LABEL;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /** The overleaf notes, laid out in their rectangle. */
  record Notes(Rect rect, SourceRef at) implements Element {
    @Override
    public Kind kind() {
      return Kind.NOTES;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /** The origin-criterion table drawn from the form's criteria. */
  record CriteriaTable(Rect rect, SourceRef at) implements Element {
    @Override
    public Kind kind() {
      return Kind.CRITERIA_TABLE;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }

  /** The party list as printed on this form. */
  record Parties(Rect rect, SourceRef at) implements Element {
    @Override
    public Kind kind() {
      return Kind.PARTIES;
    }

    @Override
    public Rect bounds() {
      return rect;
    }
  }
}
