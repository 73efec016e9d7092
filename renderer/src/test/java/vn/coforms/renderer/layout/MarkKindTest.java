package vn.coforms.renderer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.renderer.fonts.Face;

/** The PDF writer and the page model switch over {@link Mark.Kind}; it must name every record. */
class MarkKindTest {
  @Test
  void eachPermittedRecordHasExactlyOneKind() {
    assertThat(Arrays.stream(Mark.Kind.values()).<Class<?>>map(Mark.Kind::type).distinct())
        .containsExactlyInAnyOrder(Mark.class.getPermittedSubclasses());
  }

  @Test
  void eachRecordReportsTheKindThatNamesIt() {
    Rect r = Rect.of(0, 0, 1, 1);
    List<Mark> one =
        List.of(
            new Mark.Text(Face.REGULAR, 9, 0, 0, "x", Mark.Ink.BLACK, 0, r),
            new Mark.Line(0, 0, 1, 1, 0.5, Mark.Ink.BLACK, false),
            new Mark.Frame(r, 0.5, Mark.Ink.BLACK),
            new Mark.Check(r),
            new Mark.Polyline(List.of(new double[] {0, 0}), 0.5, Mark.Ink.BLACK));

    assertThat(one).allSatisfy(m -> assertThat(m.kind().type()).isEqualTo(m.getClass()));
    assertThat(one).extracting(Mark::kind).containsExactly(Mark.Kind.values());
  }
}
