package vn.coforms.framework.certificate;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.certificate.CertificateReader.Read;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class CertificateReaderTest {
  final CertificateReader reader = new CertificateReader();

  @Test
  void readsTheEnvelopeAndKeepsFieldOrderAndExactAmounts() {
    var read =
        reader.read(
            "c.json",
            "{\"form\":\"d\",\"issuance\":{\"mode\":\"backToBack\",\"linked\":{\"number\":\"MY-1\",\"date\":\"2026-01-02\"}},"
                + "\"fields\":{\"b\":1,\"a\":{\"amount\":0.1,\"currency\":\"USD\"}}}");
    Certificate c = read.certificate().orElseThrow();
    assertThat(c.mode()).isEqualTo(IssuanceMode.BACK_TO_BACK);
    assertThat(c.linked()).isEqualTo(new LinkedCertificate("MY-1", "2026-01-02", ""));
    assertThat(c.fields().keySet()).containsExactly("b", "a");
    assertThat(((Map<?, ?>) java.util.Objects.requireNonNull(c.fields().get("a"))).get("amount"))
        .hasToString("0.1");
  }

  @Test
  void keepsAnAmountAsWrittenWithItsTrailingZerosSoWritingItBackGivesTheSameDocument() {
    String json =
        "{\"form\":\"d\",\"issuance\":{\"mode\":\"normal\"},\"fields\":"
            + "{\"fob\":{\"amount\":26028.00,\"currency\":\"JPY\"},\"rvc\":40.0,\"mass\":1200.50}}";
    Certificate c = reader.read("c.json", json).certificate().orElseThrow();

    assertThat(((Map<?, ?>) java.util.Objects.requireNonNull(c.fields().get("fob"))).get("amount"))
        .hasToString("26028.00");
    assertThat(c.fields().get("rvc")).hasToString("40.0");
    assertThat(c.fields().get("mass")).hasToString("1200.50");
    Certificate back =
        reader.read("c.json", new CertificateWriter().toJson(c)).certificate().orElseThrow();
    assertThat(back).isEqualTo(c);
  }

  @Test
  void readsYamlByFileName() {
    var read = reader.read("c.yaml", "form: e\nfields:\n  exporter: X\n");
    assertThat(read.certificate())
        .get()
        .extracting(Certificate::mode)
        .isEqualTo(IssuanceMode.NORMAL);
  }

  @Test
  void locatesASyntaxError() {
    var read = reader.read("c.json", "{\n  \"form\": \"d\",\n  \"fields\": {\"a\": 1,}\n}");
    assertThat(read.certificate()).isEmpty();
    Diagnostic d = read.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("certificate.syntax");
    assertThat(d.at().line()).isEqualTo(3);
  }

  @Test
  void namesAnUnknownEnvelopeKeyAndTheKeyItProbablyMeant() {
    var read = reader.read("c.json", "{\"form\":\"d\",\"feilds\":{}}");
    assertThat(read.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "'fields' is missing",
            "unknown key 'feilds' at the top level (did you mean 'fields'?)");
  }

  @Test
  void checksTheEnvelopeAgainstItsSchema() {
    var read =
        reader.read(
            "c.json",
            "{\"form\":\"D!\",\"issuance\":{\"mode\":\"later\",\"linked\":{\"date\":\"02/01/2026\"}}}");
    assertThat(read.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "'fields' is missing",
            "'form' must be a form id such as \"d\" or \"eur1-evfta\"",
            "'issuance.linked.date' must be a date written YYYY-MM-DD",
            "'issuance.mode' must be one of normal, retroactive, certifiedTrueCopy, replacement, backToBack");
  }

  @Test
  void rejectsADocumentThatIsNotAnObject() {
    assertThat(reader.read("c.json", "[1, 2]").diagnostics())
        .extracting(Diagnostic::render)
        .singleElement()
        .asString()
        .startsWith("c.json:1:1: error[certificate.shape]: the document is not an object");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() throws IOException {
    byte[] latin1 = "{\"form\": \"d\", \"fields\": {\"exporter\": \"Café\"}}".getBytes(ISO_8859_1);
    Read read = reader.read("c.json", new ByteArrayInputStream(latin1));
    assertThat(read.certificate()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("certificate.encoding");
  }

  /** Each code the reader's package can emit is asserted by a test in this class. */
  @Test
  void everyCodeTheReaderEmitsIsAssertedInThisTest() throws IOException {
    Path root = DefinitionTestHelper.repositoryRoot().resolve("framework/src");
    Path sources = root.resolve("main/java/vn/coforms/framework/certificate");
    String tests =
        Files.readString(
            root.resolve("test/java/vn/coforms/framework/certificate/CertificateReaderTest.java"));
    Pattern code = Pattern.compile("\"((?:certificate|yaml)\\.[a-z]+(?:-[a-z]+)*)\"");
    Set<String> emitted = new TreeSet<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path f : files.toList()) {
        Matcher m = code.matcher(Files.readString(f));
        while (m.find()) {
          emitted.add(m.group(1));
        }
      }
    }
    assertThat(emitted).contains("certificate.envelope", "certificate.shape");
    assertThat(emitted)
        .allSatisfy(c -> assertThat(tests).containsAnyOf("\"" + c + "\"", "[" + c + "]"));
  }

  @Nested
  class EnvelopeProblemsAreLocated {
    @Test
    void inJsonAtTheLineAndColumnOfTheValueOrKeyTheyAreAbout() {
      String json =
          """
          {
            "form": "d",
            "issuance": {
              "mode": "later",
              "linked": { "date": "02/01/2026", "number": 7.5 }
            },
            "feilds": {}
          }
          """;
      assertThat(reader.read("c.json", json).diagnostics())
          .extracting(CertificateReaderTest::whereAndWhat)
          .containsExactly(
              "1:1 'fields' is missing",
              "4:13 'issuance.mode' must be one of normal, retroactive, certifiedTrueCopy,"
                  + " replacement, backToBack",
              "5:25 'issuance.linked.date' must be a date written YYYY-MM-DD",
              "5:49 'issuance.linked.number' is a number, expected string or integer",
              "7:3 unknown key 'feilds' at the top level (did you mean 'fields'?)");
    }

    @Test
    void inYamlAtTheLineAndColumnOfTheValue() {
      String yaml = "form: D!\nissuance:\n  mode: later\nfields: {}\n";
      assertThat(reader.read("c.yaml", yaml).diagnostics())
          .extracting(CertificateReaderTest::whereAndWhat)
          .containsExactly(
              "1:7 'form' must be a form id such as \"d\" or \"eur1-evfta\"",
              "3:9 'issuance.mode' must be one of normal, retroactive, certifiedTrueCopy,"
                  + " replacement, backToBack");
    }

    @Test
    void withAFixAndTheEnvelopeCode() {
      assertThat(reader.read("c.json", "{\"form\":\"d\"}").diagnostics())
          .singleElement()
          .extracting(Diagnostic::render)
          .asString()
          .startsWith("c.json:1:1: error[certificate.envelope]: 'fields' is missing")
          .contains("add \"fields\": { … } with the certificate's field values");
    }
  }

  @Test
  void refusesDeeplyNestedHostileDocuments() {
    String deep = "[".repeat(100) + "]".repeat(100);
    var read = reader.read("c.json", "{\"form\":\"d\",\"fields\":{\"x\":" + deep + "}}");
    assertThat(read.certificate()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code)
        .isEqualTo(List.of("certificate.syntax"));
  }

  @Nested
  class HostileInput {
    @Test
    void stopsReadingAHugeFileAtTheLimit(@TempDir Path dir) throws IOException {
      Path huge = dir.resolve("huge.json");
      try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
        f.setLength(1_500_000_000L); // sparse: no disk, no time
      }
      Read read;
      try (InputStream in = Files.newInputStream(huge)) {
        read =
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read("huge.json", in));
      }
      assertThat(read.certificate()).isEmpty();
      assertThat(read.diagnostics())
          .singleElement()
          .extracting(Diagnostic::render)
          .asString()
          .startsWith(
              "huge.json: error[certificate.too-large]: the file is larger than 2000000 bytes");
    }

    @Test
    void stopsReadingAnEndlessStreamAtTheLimit() throws IOException {
      InputStream zeros =
          new InputStream() {
            @Override
            public int read() {
              return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
              java.util.Arrays.fill(b, off, off + len, (byte) 0);
              return len;
            }
          };
      Read read =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read("zero.yaml", zeros));
      assertThat(read.diagnostics())
          .extracting(Diagnostic::code)
          .containsExactly("certificate.too-large");
    }

    @Test
    void rejectsAYamlScalarLongerThanJsonAllows() {
      String yaml = "form: d\nfields:\n  exporter: " + "x".repeat(2_000_000 - 40) + "\n";
      Read read = reader.read("c.yaml", yaml);
      assertThat(read.certificate().isPresent()).isFalse();
      assertThat(read.diagnostics().get(0).render())
          .startsWith(
              "c.yaml:3:13: error[yaml.too-long]: a value of 1999960 characters; at most 100000");
    }

    @Test
    void rejectsYamlNestedDeeperThanJsonAllows() {
      String yaml = "form: d\nfields:\n  exporter: " + "[".repeat(40) + "]".repeat(40) + "\n";
      assertThat(reader.read("c.yaml", yaml).certificate()).isEmpty();
    }

    @Test
    void rejectsAnAliasOnItsLine() {
      Read read =
          reader.read(
              "c.yaml",
              "form: d\nfields:\n  exporter: &place HA NOI\n  certificationPlace: *place\n");
      assertThat(read.certificate()).isEmpty();
      assertThat(read.diagnostics().get(0).render())
          .startsWith("c.yaml:4:23: error[yaml.alias]: YAML aliases are not supported: '*place'");
    }
  }

  private static String whereAndWhat(Diagnostic d) {
    return d.at().line() + ":" + d.at().column() + " " + d.message();
  }
}
