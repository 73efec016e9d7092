package vn.coforms.framework.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  @Test
  void suggestsTheClosestNameWithinTypoDistance() {
    assertThat(DidYouMean.closest("lable", List.of("label", "box", "type"))).hasValue("label");
  }

  @Test
  void suggestsNothingForAnUnrelatedName() {
    assertThat(DidYouMean.hint("colour", List.of("label", "box", "type"))).isEmpty();
  }
}
