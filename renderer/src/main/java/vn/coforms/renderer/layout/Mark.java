package vn.coforms.renderer.layout;

import java.util.List;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;

/**
 * One thing drawn on a page, in millimetres from the top-left corner. The kinds are closed: the PDF
 * writer and the page model switch over {@link #kind()} without a default, so a new kind does not
 * compile until both handle it.
 */
public sealed interface Mark permits Mark.Text, Mark.Line, Mark.Frame, Mark.Check, Mark.Polyline {

  /** The kind of mark, one per permitted record. */
  enum Kind {
    TEXT(Text.class),
    LINE(Line.class),
    FRAME(Frame.class),
    CHECK(Check.class),
    POLYLINE(Polyline.class);

    private final Class<? extends Mark> type;

    Kind(Class<? extends Mark> type) {
      this.type = type;
    }

    /** The record that carries this kind. */
    public Class<? extends Mark> type() {
      return type;
    }
  }

  Kind kind();

  /**
   * A run of text on one line; {@code within} is the rectangle it was fitted into (never exceeded).
   */
  record Text(
      Face face,
      double sizePt,
      double x,
      double baseline,
      String text,
      Ink ink,
      double angleDeg,
      Rect within)
      implements Mark {
    @Override
    public Kind kind() {
      return Kind.TEXT;
    }
  }

  /** A straight rule; a dotted one is a row of round dots (a leader to write on). */
  record Line(double x1, double y1, double x2, double y2, double widthPt, Ink ink, boolean dotted)
      implements Mark {
    @Override
    public Kind kind() {
      return Kind.LINE;
    }
  }

  /** A rectangle outline (a box frame, a tick square, a stamp border). */
  record Frame(Rect rect, double widthPt, Ink ink) implements Mark {
    @Override
    public Kind kind() {
      return Kind.FRAME;
    }
  }

  /** The tick drawn in a ticked box. */
  record Check(Rect square) implements Mark {
    @Override
    public Kind kind() {
      return Kind.CHECK;
    }
  }

  /** An open polyline (guilloche strands). */
  record Polyline(List<double[]> points, double widthPt, Ink ink) implements Mark {
    @Override
    public Kind kind() {
      return Kind.POLYLINE;
    }

    public Polyline {
      points = List.copyOf(points);
    }
  }

  /** A colour in sRGB, 0–255 per channel. */
  record Ink(int red, int green, int blue) {
    public static final Ink BLACK = new Ink(0, 0, 0);
    public static final Ink STAMP = new Ink(176, 24, 24);
    public static final Ink WATERMARK = new Ink(200, 200, 200);
    public static final Ink DRAFT = new Ink(240, 160, 160);

    public static Ink parse(String hex) {
      int v = Integer.parseInt(hex.substring(1), 16);
      return new Ink((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
  }
}
