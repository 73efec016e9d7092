package vn.coforms.testkit.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;
import vn.coforms.testkit.Certificates;

/** Where the certificate of a run comes from. */
@FunctionalInterface
interface Supply {
  Certificate certificate(Run run);

  /** The generator: {@code generate(form, seed, items, mode)}. */
  static Supply generated(Certificates kit) {
    return run -> kit.generate(run.formId(), run.seed(), run.options());
  }

  /**
   * A hand-written valid sample of the run's form and mode, its item rows repeated (or cut) to the
   * run's count; the seed picks among the samples. Rows repeated may break a uniqueness rule, so
   * this supply is for the harness's own tests (the capacity), not for "validates clean".
   */
  static Supply samples(Certificates kit) {
    CertificateReader reader = new CertificateReader();
    return run -> {
      List<Certificate> ofMode =
          Samples.of(run.formId()).stream()
              .filter(Sample::valid)
              .map(s -> s.certificate(reader))
              .filter(c -> c.mode() == run.mode())
              .toList();
      if (ofMode.isEmpty()) {
        throw new IllegalArgumentException(
            "form " + run.formId() + " has no valid sample in mode " + run.mode().jsonName());
      }
      Certificate sample = ofMode.get((int) Math.floorMod(run.seed(), (long) ofMode.size()));
      return withRows(kit.form(run.formId()), sample, run.items());
    };
  }

  /** {@code certificate} with its item rows repeated in turn, or cut, to {@code count} rows. */
  static Certificate withRows(FormDefinition form, Certificate certificate, int count) {
    String group = itemGroup(form).id();
    List<Map<String, Object>> rows = certificate.rows(group);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the certificate has no rows of " + group + " to repeat");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(rows.get(i % rows.size()));
    }
    return certificate.with(group, out);
  }

  /** The form's item group (the first group field). */
  static FieldDef itemGroup(FormDefinition form) {
    return form.fields().stream()
        .filter(FieldDef::isGroup)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("form " + form.id() + " has no items"));
  }
}
