package vn.coforms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.Finding;

class RuleBreakerTest {
  static final Certificates CERTIFICATES = Certificates.bundled().on(LocalDate.of(2026, 11, 18));

  static Stream<Arguments> breakableIds() {
    List<Arguments> out = new ArrayList<>();
    for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
      for (String id : CERTIFICATES.breakable(form.id())) {
        out.add(Arguments.of(form.id(), id));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("breakableIds")
  void breaksExactlyThatRule(String formId, String ruleId) {
    for (long seed = 1; seed <= 3; seed++) {
      Certificate broken = CERTIFICATES.invalid(formId, ruleId, seed);
      List<Finding> findings = CERTIFICATES.validate(broken);
      assertThat(findings.stream().map(Finding::ruleId).collect(Collectors.toSet()))
          .as("seed %d: %s", seed, CERTIFICATES.json(broken))
          .containsExactly(ruleId);
    }
  }
}
