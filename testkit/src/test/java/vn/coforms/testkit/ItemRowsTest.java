package vn.coforms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.FormDefinition;

class ItemRowsTest {
  private static final FormDefinition FORM_E = GeneratorTest.CERTIFICATES.form("e");

  @Test
  void takesTheGroupsDeclaredBounds() {
    assertThat(ItemRows.of(FORM_E)).isEqualTo(new ItemRows(1, 500, true));
  }

  @Test
  void admitsOnlyCountsWithinTheBounds() {
    ItemRows rows = ItemRows.of(FORM_E);
    assertThat(rows.admits(1)).isTrue();
    assertThat(rows.admits(500)).isTrue();
    assertThat(rows.admits(0)).isFalse();
    assertThat(rows.admits(501)).isFalse();
  }

  @Test
  void bringsACountIntoTheBounds() {
    ItemRows rows = new ItemRows(2, 5, true);
    assertThat(rows.nearest(0)).isEqualTo(2);
    assertThat(rows.nearest(3)).isEqualTo(3);
    assertThat(rows.nearest(9)).isEqualTo(5);
  }
}
