package vn.coforms.renderer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuperscriptsTest {
  @Test
  void aFootnoteMarkerBecomesARaisedRunOfItsBaseCharacters() {
    assertThat(Superscripts.runs("packages⁽¹⁾; Description"))
        .containsExactly(
            new Superscripts.Run("packages", false),
            new Superscripts.Run("(1)", true),
            new Superscripts.Run("; Description", false));
  }

  @Test
  void cubicMetresRaiseOnlyTheThree() {
    assertThat(Superscripts.runs("m³, etc."))
        .containsExactly(
            new Superscripts.Run("m", false),
            new Superscripts.Run("3", true),
            new Superscripts.Run(", etc.", false));
  }

  @Test
  void aLineWithoutSuperscriptsIsOneRun() {
    assertThat(Superscripts.runs("Declaration certified"))
        .containsExactly(new Superscripts.Run("Declaration certified", false));
  }
}
