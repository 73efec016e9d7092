package vn.coforms.framework.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateDateTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31",
        "+99999-11-12",
        "-2026-01-01",
        "1899-12-31",
        "2200-01-01",
        "2026-02-30",
        "2026-2-3",
        "2026-01-01T00:00",
        "20260101",
        "٢٠٢٦-٠١-٠١"
      })
  void rejectsAnythingButAPlainIsoDayInTheSupportedYears(String text) {
    assertThat(CertificateDate.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-01-01", "2024-02-29", "2199-12-31"})
  void acceptsPlainIsoDaysFrom1900To2199(String text) {
    assertThat(CertificateDate.parse(text)).contains(LocalDate.parse(text));
  }
}
