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
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.GenerateOptions;

/**
 * Generates certificates with the test kit: a typical Form E (3 items), a long Form D (200 items)
 * and a deliberately invalid Form E. Each call uses the next seed, so no two calls build the same
 * certificate: the rule breaker's cache of starting certificates (keyed by seed) never hits, so
 * invalid() is measured with the generation it starts from.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -jar benchmarks/target/benchmarks.jar
 * GenerateBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class GenerateBenchmark {
  Certificates certificates;
  long seed;

  @Setup
  public void setup() {
    certificates = Certificates.of(Benchmarks.catalogue(), Benchmarks.TODAY);
  }

  @Benchmark
  public Certificate formEWith3Items() {
    return certificates.generate("e", ++seed, GenerateOptions.defaults().withItems(3));
  }

  @Benchmark
  public Certificate formDWith200Items() {
    return certificates.generate("d", ++seed, GenerateOptions.defaults().withItems(200));
  }

  @Benchmark
  public Certificate formEBreakingTheRvcMinimum() {
    return certificates.invalid("e", "criterion.rvc-bounds", ++seed);
  }
}
