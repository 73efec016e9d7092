package vn.coforms.benchmarks;

import java.util.List;
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
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * Validates Form E certificates (4 and 34 items) against the bundled catalogue.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests package && java -jar benchmarks/target/benchmarks.jar
 * ValidateBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
  Catalogue catalogue;
  CertificateValidator validator;
  Certificate basic;
  Certificate longOne;

  @Setup
  public void setup() {
    catalogue = Benchmarks.catalogue();
    validator = Benchmarks.validator();
    basic = Benchmarks.sample("e", "valid-basic");
    longOne = Benchmarks.sample("e", "valid-long");
  }

  @Benchmark
  public List<Finding> validateFormE() {
    return validator.validate(catalogue, basic);
  }

  @Benchmark
  public List<Finding> validateFormE34Items() {
    return validator.validate(catalogue, longOne);
  }
}
