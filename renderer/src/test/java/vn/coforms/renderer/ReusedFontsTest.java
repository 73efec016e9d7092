package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.samples.Sample;

/**
 * The renderer keeps its parsed fonts between documents: a document drawn with fonts an earlier one
 * used, on the same thread or on several threads at once, is byte for byte the document a fresh
 * renderer draws.
 */
class ReusedFontsTest {
  static final int THREADS = 3;

  static Map<String, byte[]> freshly(List<Sample> samples) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (Sample s : samples) {
      bytes.put(
          s.toString(), fresh().render(RenderFixture.CATALOGUE, c(s), RenderOptions.defaults()));
    }
    return bytes;
  }

  static CertificateRenderer fresh() {
    return new CertificateRenderer(
        RenderFixture.FONTS, new TemplateEngine(), RenderFixture.VALIDATOR);
  }

  /** Two valid samples of each form: every face, both sides, continuation sheets. */
  static List<Sample> twoOfEachForm() {
    Map<String, List<Sample>> byForm = new LinkedHashMap<>();
    RenderFixture.validSamples()
        .forEach(s -> byForm.computeIfAbsent(s.formId(), f -> new ArrayList<>()).add(s));
    return byForm.values().stream().flatMap(l -> l.stream().limit(2)).toList();
  }

  static Certificate c(Sample s) {
    return RenderFixture.certificate(s);
  }

  @Test
  void documentsDrawnOneAfterAnotherMatchFreshOnes() {
    List<Sample> samples = twoOfEachForm();
    Map<String, byte[]> expected = freshly(samples);
    CertificateRenderer reused = fresh();
    for (int round = 0; round < 2; round++) {
      for (Sample s : samples) {
        assertThat(reused.render(RenderFixture.CATALOGUE, c(s), RenderOptions.defaults()))
            .as("%s, round %d", s, round)
            .isEqualTo(expected.get(s.toString()));
      }
    }
  }

  @Test
  void documentsDrawnOnSeveralThreadsAtOnceMatchFreshOnes() {
    List<Sample> samples = twoOfEachForm();
    Map<String, byte[]> expected = freshly(samples);
    CertificateRenderer shared = fresh();
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(THREADS);
          try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
              results.add(
                  pool.submit(
                      () -> {
                        List<String> wrong = new ArrayList<>();
                        for (int round = 0; round < 2; round++) {
                          for (Sample s : samples) {
                            byte[] pdf =
                                shared.render(
                                    RenderFixture.CATALOGUE, c(s), RenderOptions.defaults());
                            if (!java.util.Arrays.equals(pdf, expected.get(s.toString()))) {
                              wrong.add(s.toString());
                            }
                          }
                        }
                        return wrong;
                      }));
            }
            for (Future<List<String>> r : results) {
              assertThat(r.get()).isEmpty();
            }
          } finally {
            pool.shutdownNow();
          }
        });
  }
}
