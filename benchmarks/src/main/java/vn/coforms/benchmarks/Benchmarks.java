package vn.coforms.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.samples.Samples;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.GenerateOptions;

/**
 * Builds what the benchmarks measure: the bundled catalogue, a renderer, and sample certificates.
 */
final class Benchmarks {
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private Benchmarks() {}

  static Catalogue catalogue() {
    return FormLoader.standard().loadBundled().orThrow();
  }

  static CertificateValidator validator() {
    return new CertificateValidator(TODAY);
  }

  static CertificateRenderer renderer() {
    return new CertificateRenderer(FontBook.fromClasspath(), new TemplateEngine(), validator());
  }

  static Certificate sample(String form, String name) {
    return Samples.of(form).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .certificate(new CertificateReader());
  }

  /** The seed of the generated certificates: fixed, so every run measures the same data. */
  static final long SEED = 1;

  /**
   * A certificate of {@code form} with {@code n} items, made by the test kit's generator from the
   * form's declarations with {@link #SEED} on the benchmarks' day: the same data on every machine.
   */
  static Certificate generated(Catalogue catalogue, String form, int n) {
    return Certificates.of(catalogue, TODAY)
        .generate(form, SEED, GenerateOptions.defaults().withItems(n));
  }

  /** Form D with exactly {@code n} items, taken (cyclically) from the long sample. */
  static Certificate formDWithItems(int n) {
    Certificate longOne = sample("d", "valid-long");
    List<Map<String, Object>> rows = longOne.rows("items");
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(rows.get(i % rows.size()));
    }
    return longOne.with("items", items);
  }
}
