package vn.coforms.testkit.properties;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Predicate;
import vn.coforms.framework.model.IssuanceMode;

/**
 * Which runs the property tests make, from system properties: {@code -Dcoforms.seeds=N} runs N
 * seeds per form, mode and item count instead of the default; {@code -Dcoforms.seed=S}, {@code
 * -Dcoforms.form=e}, {@code -Dcoforms.items=N} and {@code -Dcoforms.mode=retroactive} narrow the
 * runs to the one a failure printed.
 *
 * @param seeds how many seeds per form, mode and item count (1, 2, … up to it)
 */
record Selection(
    int seeds,
    OptionalLong seed,
    Optional<String> form,
    OptionalInt items,
    Optional<IssuanceMode> mode) {

  /** Seeds per form, mode and item count when {@code coforms.seeds} is not set. */
  static final int DEFAULT_SEEDS = 3;

  Selection {
    if (seeds < 1) {
      throw new IllegalArgumentException("coforms.seeds must be 1 or more, was " + seeds);
    }
  }

  static Selection from(Properties properties) {
    String mode = properties.getProperty("coforms.mode");
    return new Selection(
        Integer.parseInt(properties.getProperty("coforms.seeds", String.valueOf(DEFAULT_SEEDS))),
        Optional.ofNullable(properties.getProperty("coforms.seed"))
            .map(s -> OptionalLong.of(Long.parseLong(s)))
            .orElse(OptionalLong.empty()),
        Optional.ofNullable(properties.getProperty("coforms.form")),
        Optional.ofNullable(properties.getProperty("coforms.items"))
            .map(s -> OptionalInt.of(Integer.parseInt(s)))
            .orElse(OptionalInt.empty()),
        Optional.ofNullable(mode)
            .map(
                m ->
                    IssuanceMode.fromJson(m)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "coforms.mode '" + m + "' is no issuance mode"))));
  }

  /** The seeds to run: the one asked for, else 1 to {@link #seeds}. */
  long[] seedsToRun(int atMost) {
    if (seed.isPresent()) {
      return new long[] {seed.getAsLong()};
    }
    long[] out = new long[Math.min(seeds, atMost)];
    for (int i = 0; i < out.length; i++) {
      out[i] = i + 1L;
    }
    return out;
  }

  Predicate<Run> filter() {
    return r ->
        form.map(r.formId()::equals).orElse(true)
            && mode.map(m -> m == r.mode()).orElse(true)
            && (items.isEmpty() || items.getAsInt() == r.items());
  }
}
