package vn.coforms.framework.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.IssuanceMode;

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
  void namesAnUnknownEnvelopeKey() {
    var read = reader.read("c.json", "{\"form\":\"d\",\"feilds\":{}}");
    assertThat(read.diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("feilds");
  }

  @Test
  void checksTheEnvelopeWithBeanValidation() {
    var read =
        reader.read(
            "c.json",
            "{\"form\":\"D!\",\"issuance\":{\"mode\":\"later\",\"linked\":{\"date\":\"02/01/2026\"}}}");
    assertThat(read.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "'fields' is missing: add \"fields\": { … } with the certificate's field values",
            "'form' must be a form id such as \"d\" or \"eur1-evfta\"",
            "'issuance.linked.date' must be a date written YYYY-MM-DD",
            "'issuance.mode' must be one of normal, retroactive, certifiedTrueCopy, replacement, backToBack");
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
}
