package vn.coforms.benchmarks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.load.YamlMappers;
import vn.coforms.framework.template.TemplateEngine;

/**
 * Loads the bundled catalogue, and measures what a second reading pass over its YAML would cost
 * (issue 7 point 11): the loader reads each file once, building the tree and noting every token's
 * position from the same token stream; the two-pass alternative reads the tree, then walks the
 * tokens again for positions. {@link #treePass} and {@link #positionPass} are those two passes over
 * the text of every bundled file.
 *
 * <p>Run: {@code mvn -Pbench -DskipTests -pl benchmarks -am package && java -jar
 * benchmarks/target/benchmarks.jar LoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadBenchmark {
  FormLoader loader;
  Path forms;
  ObjectMapper yaml;
  List<String> texts;

  @Setup
  public void setup() throws IOException {
    yaml = YamlMappers.forms();
    loader = new FormLoader(yaml, new TemplateEngine());
    forms = FormLoader.bundledDirectory();
    texts = new ArrayList<>();
    for (Path dir : List.of(forms, forms.resolve("common"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** Everything: read, schema-check, assemble, compile CEL and probe templates for every form. */
  @Benchmark
  public LoadResult loadAllForms() {
    return loader.load(forms);
  }

  /** The tree of every bundled file, without positions: the first pass of two. */
  @Benchmark
  public List<JsonNode> treePass() {
    List<JsonNode> trees = new ArrayList<>();
    for (String text : texts) {
      try {
        trees.add(yaml.readTree(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trees;
  }

  /** Every token's position by JSON Pointer: the second pass a two-pass reader would add. */
  @Benchmark
  public List<Map<String, JsonLocation>> positionPass() {
    List<Map<String, JsonLocation>> all = new ArrayList<>();
    for (String text : texts) {
      Map<String, JsonLocation> at = new HashMap<>();
      try (JsonParser p = yaml.createParser(text)) {
        while (p.nextToken() != null) {
          at.putIfAbsent(
              p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      all.add(at);
    }
    return all;
  }
}
