package vn.coforms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  @Test
  void breaksARuleOnTheLanguageOfTheEntriesWithTextInTheOtherLanguage() {
    // Form VC: "All items of the form should be completed in the English Language"
    Certificate broken = CERTIFICATES.invalid("vc", "vc.english.exporter", 1);
    assertThat(CERTIFICATES.validate(broken))
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("vc.english.exporter"));
    assertThat(String.valueOf(broken.fields().get("exporter")))
        .containsPattern("[ăâđêôơưĂÂĐÊÔƠƯ\\x{1EA0}-\\x{1EF9}]");
  }

  @Test
  void setsAConditionFirstThenBreaksTheFieldThatDependsOnIt() {
    // Form X: an invoicer's country (a wrong code here) is allowed only with Third-Country
    // Invoicing
    Certificate broken = CERTIFICATES.invalid("x", "field.country", 1);
    assertThat(CERTIFICATES.validate(broken))
        .extracting(Finding::ruleId)
        .containsOnly("field.country");
    assertThat(broken.fields()).containsEntry("thirdCountryInvoicing", true);
  }

  @Test
  void anUnknownRuleIdIsRefusedWithTheBreakableOnes() {
    assertThatThrownBy(() -> CERTIFICATES.invalid("e", "e.fob.only-with-rcv", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("form 'e' has no rule or built-in check 'e.fob.only-with-rcv'")
        .hasMessageContaining("e.fob.only-with-rvc")
        .hasMessageContaining("field.required");
  }

  @Test
  void aCheckNoDataCanTriggerSaysWhy() {
    assertThatThrownBy(() -> CERTIFICATES.invalid("e", "rule.failed", 1))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("cannot be triggered from data");
  }

  @Test
  void breakableListsEveryRuleThenTheBuiltInChecks() {
    List<String> ids = CERTIFICATES.breakable("d");
    List<String> rules = CERTIFICATES.form("d").rules().stream().map(r -> r.id()).toList();
    assertThat(ids.subList(0, rules.size())).isEqualTo(rules);
    assertThat(ids).contains("field.unknown", "group.max-items", "criterion.rvc-bounds");
    // a negative quantity or FOB also breaks d.items.quantity-positive
    assertThat(ids).doesNotContain("field.negative", "rule.failed");
  }
}
