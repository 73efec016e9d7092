package vn.coforms.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.renderer.layout.PageModel;

/**
 * Renders Form D certificates to PDF/A-3b, single thread, fonts and attachment included: 3 items
 * (front + overleaf) and 40 items (front, continuation pages, overleaf); plus the layout step
 * alone.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -jar benchmarks/target/benchmarks.jar
 * RenderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
  Catalogue catalogue;
  CertificateRenderer renderer;
  CertificateRenderer rendererWithGsub;
  Certificate threeItems;
  Certificate fortyItems;

  @Setup
  public void setup() {
    catalogue = Benchmarks.catalogue();
    renderer = Benchmarks.renderer();
    rendererWithGsub =
        new CertificateRenderer(
            vn.coforms.renderer.fonts.FontBook.fromClasspathKeepingGsub(),
            new vn.coforms.framework.template.TemplateEngine(),
            Benchmarks.validator());
    threeItems = Benchmarks.formDWithItems(3);
    fortyItems = Benchmarks.formDWithItems(40);
  }

  @Benchmark
  public byte[] renderFormD3Items() {
    return renderer.render(catalogue, threeItems, RenderOptions.defaults());
  }

  @Benchmark
  public byte[] renderFormD40Items() {
    return renderer.render(catalogue, fortyItems, RenderOptions.defaults());
  }

  /**
   * The same 40-item certificate with the fonts' GSUB table kept: what PDFBox's default would cost.
   */
  @Benchmark
  public byte[] renderFormD40ItemsKeepingGsub() {
    return rendererWithGsub.render(catalogue, fortyItems, RenderOptions.defaults());
  }

  @Benchmark
  public PageModel layoutFormD40Items() {
    return renderer.layout(catalogue, fortyItems, RenderOptions.defaults());
  }
}
