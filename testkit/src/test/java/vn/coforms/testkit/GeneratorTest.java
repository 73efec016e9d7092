package vn.coforms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;

class GeneratorTest {
  static final Certificates CERTIFICATES = Certificates.bundled().on(LocalDate.of(2026, 11, 18));

  static Stream<Arguments> formsAndModes() {
    List<Arguments> out = new ArrayList<>();
    for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
      for (IssuanceMode mode : form.issuance().modes()) {
        out.add(Arguments.of(form.id(), mode));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formsAndModes")
  void generatesCertificatesThatValidateClean(String formId, IssuanceMode mode) {
    for (int items : new int[] {1, 3}) {
      for (long seed = 1; seed <= 10; seed++) {
        GenerateOptions options = GenerateOptions.defaults().withMode(mode).withItems(items);
        Certificate c = CERTIFICATES.generate(formId, seed, options);
        assertThat(CERTIFICATES.validate(c))
            .as("seed %d items %d: %s", seed, items, CERTIFICATES.json(c))
            .isEmpty();
      }
    }
  }
}
