package vn.coforms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.validate.BuiltInChecks;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.CertificateValidator.RuleTrace;

/**
 * Every declared rule is triggered by some sample and exercised without a finding by another (its
 * condition held and it passed). Shared rules count over the samples of every form.
 */
class RuleCoverageTest {
  static Catalogue catalogue;
  static CertificateValidator validator;
  static final CertificateReader READER = new CertificateReader();

  @BeforeAll
  static void load() {
    catalogue = FormLoader.standard().loadBundled().orThrow();
    validator = new CertificateValidator(SamplesTest.TODAY);
  }

  @Test
  void everyRuleIsTriggeredBySomeSampleAndPassedBySomeOther() {
    Set<String> triggered = new HashSet<>();
    Set<String> passed = new HashSet<>();
    for (Sample s : Samples.all()) {
      for (RuleTrace t : validator.trace(catalogue, s.certificate(READER))) {
        String key = t.ruleId().startsWith("common.") ? t.ruleId() : s.formId() + ":" + t.ruleId();
        if (t.violated() > 0) {
          triggered.add(key);
        }
        if (t.applied() > t.violated()) {
          passed.add(key);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (FormDefinition form : catalogue.forms()) {
      for (Rule rule : form.rules()) {
        String key = rule.id().startsWith("common.") ? rule.id() : form.id() + ":" + rule.id();
        if (!triggered.contains(key)) {
          missing.add(key + " is triggered by no sample");
        }
        if (!passed.contains(key)) {
          missing.add(key + " is passed by no sample in which it applies");
        }
      }
    }
    assertThat(missing.stream().distinct()).isEmpty();
  }

  @Test
  void everyFindingOfEverySampleComesFromADeclaredRuleOrABuiltInCheck() {
    for (Sample s : Samples.all()) {
      FormDefinition form = catalogue.require(s.formId());
      Set<String> known = new HashSet<>(BuiltInChecks.IDS);
      form.rules().forEach(r -> known.add(r.id()));
      assertThat(validator.validate(catalogue, s.certificate(READER)))
          .as(s.toString())
          .allSatisfy(f -> assertThat(known).contains(f.ruleId()));
    }
  }
}
