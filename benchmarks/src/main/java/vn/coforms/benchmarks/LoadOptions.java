package vn.coforms.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The load run's settings, from its command line: {@code --warmup S}, {@code --measure S}, {@code
 * --validate-workers N}, {@code --render-workers N}, {@code --client jetty|jdk}, {@code --out
 * FILE}.
 */
record LoadOptions(
    Duration warmUp,
    Duration measure,
    int validateWorkers,
    int renderWorkers,
    String client,
    Optional<Path> out) {

  static final String USAGE =
      "usage: java -cp benchmarks/target/benchmarks.jar vn.coforms.benchmarks.LoadRun"
          + " [--warmup 10] [--measure 20] [--validate-workers 4] [--render-workers 2]"
          + " [--client jetty|jdk] [--out FILE.json]";

  LoadOptions {
    if (warmUp.isNegative() || measure.isNegative() || measure.isZero()) {
      throw new IllegalArgumentException("--warmup must be 0 or more, --measure more than 0 s");
    }
    if (validateWorkers < 1 || renderWorkers < 1 || validateWorkers > 256 || renderWorkers > 256) {
      throw new IllegalArgumentException("workers must be between 1 and 256");
    }
    if (!client.equals("jetty") && !client.equals("jdk")) {
      throw new IllegalArgumentException("--client is '" + client + "'; write jetty or jdk");
    }
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException saying which argument is wrong
   */
  static LoadOptions parse(String... args) {
    Duration warmUp = Duration.ofSeconds(10);
    Duration measure = Duration.ofSeconds(20);
    int validateWorkers = 4;
    int renderWorkers = 2;
    String client = "jetty";
    Optional<Path> out = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--warmup" -> warmUp = Duration.ofSeconds(number(name, value));
        case "--measure" -> measure = Duration.ofSeconds(number(name, value));
        case "--validate-workers" -> validateWorkers = number(name, value);
        case "--render-workers" -> renderWorkers = number(name, value);
        case "--client" -> client = value;
        case "--out" -> out = Optional.of(Path.of(value));
        default -> throw new IllegalArgumentException("unknown option '" + name + "'");
      }
    }
    return new LoadOptions(warmUp, measure, validateWorkers, renderWorkers, client, out);
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is '" + value + "'; write a whole number", e);
    }
  }
}
