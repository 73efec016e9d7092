package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.SourceInfo;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/**
 * Traders see legal citations, never the project's seed documents: no string a form shows (labels,
 * messages, sources, hints, notes, printed texts), no finding of any sample, and no rendered text
 * layer says "seed". Seed provenance lives in YAML comments and in the form's non-printed {@code
 * source:} block ({@link SourceInfo}), which is skipped here, as are YAML locations ({@link
 * SourceRef}).
 */
class NoSeedInUserVisibleTextTest {
  @Test
  void noStringOfABundledFormSaysSeed() {
    List<String> offending = new ArrayList<>();
    for (FormDefinition form : RenderFixture.CATALOGUE.forms()) {
      collect(form, form.id(), offending);
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void noFindingOfAnySampleSaysSeed() {
    CertificateValidator validator = RenderFixture.VALIDATOR;
    List<String> offending = new ArrayList<>();
    for (Sample sample : Samples.all()) {
      collect(
          validator.validate(RenderFixture.CATALOGUE, RenderFixture.certificate(sample)),
          sample.toString(),
          offending);
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void noRenderedTextLayerSaysSeed() throws IOException {
    for (Sample sample : RenderFixture.validSamples().toList()) {
      String text =
          TextLayerTest.extract(
              RenderFixture.RENDERER.render(
                  RenderFixture.CATALOGUE,
                  RenderFixture.certificate(sample),
                  RenderOptions.defaults()));
      assertThat(text.toLowerCase(Locale.ROOT)).as(sample.toString()).doesNotContain("seed");
    }
  }

  /** Walks records, collections, maps and optionals, noting every string that says "seed". */
  private static void collect(Object value, String path, List<String> offending) {
    if (value instanceof String s) {
      if (s.toLowerCase(Locale.ROOT).contains("seed")) {
        offending.add(path + ": " + s);
      }
    } else if (value instanceof SourceInfo || value instanceof SourceRef) {
      return;
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, path, offending));
    } else if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object v : c) {
        collect(v, path + "[" + i++ + "]", offending);
      }
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> collect(v, path + "." + k, offending));
    } else if (value instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        collect(read(c, r), path + "." + c.getName(), offending);
      }
    }
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      c.getAccessor().setAccessible(true);
      Object v = c.getAccessor().invoke(r);
      return v == null ? "" : v;
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot read " + c, e);
    }
  }
}
