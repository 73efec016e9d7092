package vn.coforms.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void anInternalFailureIsDescribedWithoutJavaClassNames() {
    var npe =
        new NullPointerException(
            "Cannot invoke \"java.util.List.size()\" because \"rows\" is null");
    var wrapped = new IllegalStateException("the page could not be laid out", npe);

    assertThat(Main.describe(wrapped)).isEqualTo("the page could not be laid out");
    assertThat(Main.describe(npe)).isEqualTo("an unexpected failure without a message");
  }

  @Test
  void keepsEveryMessageThatNamesNoClass() {
    var cause = new java.io.IOException("disk full");
    var e = new UncheckedIOException("cannot write out.pdf", cause);

    assertThat(Main.describe(e)).isEqualTo("cannot write out.pdf: disk full");
  }
}
