package vn.coforms.testkit.assertions;

import java.time.LocalDate;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;
import vn.coforms.testkit.Certificates;

/** The bundled forms on the day the hand-written samples are valid, and a sample by name. */
final class SampleCertificates {
  /** The renderer's tests judge the samples on this day too. */
  static final Certificates CERTIFICATES = Certificates.bundled().on(LocalDate.of(2026, 11, 25));

  private SampleCertificates() {}

  static Certificate sample(String formId, String name) {
    Sample sample =
        Samples.of(formId).stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no sample " + formId + "/" + name));
    return sample.certificate(new CertificateReader());
  }
}
