package vn.coforms.renderer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.FormDefinition;

/** The XMP template writes exactly what xmpbox's serializer writes, or leaves it to it. */
class XmpPacketTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  static Stream<String> titles() {
    Stream<String> forms =
        FormLoader.standard().loadBundled().orThrow().forms().stream()
            .map(FormDefinition::title)
            .flatMap(t -> Stream.of(t.en(), t.vi()));
    return Stream.concat(
        forms,
        Stream.of(
            "Form D No. VN-AC 26/01/00001",
            "DRAFT: Form E No. E26-0001",
            "Form D No. <a&b> \"q\" 'x' ]]> &amp;",
            "Giấy chứng nhận xuất xứ hàng hóa mẫu D — “nháp”",
            ""));
  }

  @ParameterizedTest
  @MethodSource("titles")
  void writesTheSerializersBytes(String text) throws Exception {
    String expected = serialized(text, "DRAFT / BẢN NHÁP: " + text);
    String written =
        new String(
            XmpPacket.write(text, "DRAFT / BẢN NHÁP: " + text, DAY, "coforms").orElseThrow(),
            StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"line\nbreak", "tab\there", "carriage\rreturn", "bell\u0007", "\uD83D\uDE00"})
  void leavesCharactersItDoesNotKnowToTheSerializer(String text) {
    assertThat(XmpPacket.write(text, "subject", DAY, "coforms")).isEmpty();
    assertThat(XmpPacket.write("title", text, DAY, "coforms")).isEmpty();
  }

  static String serialized(String title, String subject) throws Exception {
    Calendar date = GregorianCalendar.from(DAY.atStartOfDay(ZoneOffset.UTC));
    PdfMetadata meta = new PdfMetadata(title, subject, DAY, 1L, "certificate.json", "{}");
    return new String(PdfA.serialized(meta, date), StandardCharsets.UTF_8);
  }
}
