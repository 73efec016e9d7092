package vn.coforms.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.validate.CertificateValidator;

/**
 * Fuzzes the certificate reader and the validator with arbitrary documents: whatever arrives, the
 * reader answers with a certificate or located diagnostics and the validator with findings, never
 * an exception.
 *
 * <p>In the ordinary build Jazzer runs in regression mode: the seeds under {@code
 * CertificateFuzzTestInputs/} (one sample certificate per form, and every input the fuzzer ever
 * found) are replayed. To fuzz, see {@code docs/security.md}.
 */
class CertificateFuzzTest {
  private static final Catalogue CATALOGUE = FormLoader.standard().loadBundled().orThrow();
  private static final CertificateReader READER = new CertificateReader();
  private static final CertificateValidator VALIDATOR =
      new CertificateValidator(
          Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

  @FuzzTest(maxDuration = "60s")
  void anyDocumentIsReadAndValidatedWithoutAnException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    CertificateReader.Read read = READER.read("fuzz.json", text);
    if (read.certificate().isEmpty()) {
      assertThat(read.diagnostics()).isNotEmpty();
      return;
    }
    Certificate certificate = read.certificate().get();
    if (CATALOGUE.form(certificate.formId()).isPresent()) {
      assertThat(VALIDATOR.validate(CATALOGUE, certificate)).isNotNull();
    }
  }
}
