package vn.coforms.renderer.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The fonts are read when first needed, once each (issue 9: {@code serve} starts faster). */
class FontBookTest {
  private final List<String> read = new CopyOnWriteArrayList<>();
  private final FontBook fonts =
      new FontBook(
          resource -> {
            read.add(resource);
            return FontBook.read(resource);
          },
          false);

  @Test
  void readsNoFontUntilOneIsMeasured() {
    assertThat(read).isEmpty();
    assertThat(fonts.metrics(Face.BOLD).ascentMm(10)).isPositive();
    assertThat(fonts.metrics(Face.BOLD).ascentMm(10)).isPositive();
    assertThat(read).containsExactly(Face.BOLD.resource());
  }

  @Test
  void readsEveryFaceOnceWhenAllAreLoaded() throws Exception {
    fonts.loadAll();
    fonts.loadAll();
    try (var ttf = fonts.openForEmbedding(Face.MONO)) {
      assertThat(ttf.getNumberOfGlyphs()).isPositive();
    }
    assertThat(read)
        .hasSize(Face.values().length)
        .doesNotHaveDuplicates()
        .contains(Face.REGULAR.resource(), Face.MONO.resource());
  }
}
