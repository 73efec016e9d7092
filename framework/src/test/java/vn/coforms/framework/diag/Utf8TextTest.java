package vn.coforms.framework.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  @Test
  void decodesVietnameseTextUnchanged() {
    Utf8Text.Decoded d =
        Utf8Text.decode("f.yaml", "Đồng Tháp\n".getBytes(StandardCharsets.UTF_8), "yaml.encoding");

    assertThat(d.text()).contains("Đồng Tháp\n");
    assertThat(d.problem()).isEmpty();
  }

  @Test
  void dropsAByteOrderMark() {
    Utf8Text.Decoded d =
        Utf8Text.decode("f.yaml", "\uFEFFid: d".getBytes(StandardCharsets.UTF_8), "yaml.encoding");

    assertThat(d.text()).contains("id: d");
  }

  @Test
  void locatesTheFirstMalformedByteByLineAndColumn() {
    byte[] bytes = "id: d\nlabel: Đ\u00e0 x".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xC3; // "à" becomes two lead bytes: malformed at column 9

    Utf8Text.Decoded d = Utf8Text.decode("f.yaml", bytes, "yaml.encoding");

    assertThat(d.text()).isEmpty();
    assertThat(d.problem().orElseThrow().render())
        .startsWith("f.yaml:2:9: error[yaml.encoding]: byte 0xC3 at offset 15 is not UTF-8 text")
        .contains("fix: save the file as UTF-8");
  }

  @Test
  void reportsALatin1FileAtItsFirstAccentedLetter() {
    byte[] latin1 = "name: Vi\u00eat".getBytes(StandardCharsets.ISO_8859_1);

    Utf8Text.Decoded d = Utf8Text.decode("f.yaml", latin1, "yaml.encoding");

    assertThat(d.problem().orElseThrow().at()).isEqualTo(new SourceRef("f.yaml", 1, 9));
  }
}
