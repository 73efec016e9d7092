package vn.coforms.testkit.properties;

import java.time.LocalDate;
import java.util.Locale;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.testkit.GenerateOptions;

/**
 * One generated certificate of a property run: the form, the issuance mode, the number of item
 * rows, the seed and the day that was "today". Everything a failure must print to be reproduced.
 */
record Run(String formId, IssuanceMode mode, int items, long seed, LocalDate today) {

  /**
   * The options that generate this run's certificate: the seed also picks the variant, so runs
   * cover every fill, long texts and both languages: seeds 1, 4, 7 … every field in English; seeds
   * 2, 5, 8 … long texts in Vietnamese; seeds 3, 6, 9 … only the required fields.
   */
  GenerateOptions options() {
    GenerateOptions options = GenerateOptions.defaults().withItems(items).withMode(mode);
    return switch ((int) Math.floorMod(seed, 3L)) {
      case 2 -> options.withLongTexts().inLanguage(GenerateOptions.Language.VI);
      case 0 -> options.requiredOnly();
      default -> options;
    };
  }

  /** The variant {@link #options()} picks, in words. */
  String variant() {
    GenerateOptions o = options();
    return (o.fill() == GenerateOptions.Fill.ALL ? "every field" : "required fields")
        + (o.longTexts() ? ", long texts" : "")
        + ", "
        + o.language().name();
  }

  /** The display name of the run's tests: {@code e · retroactive · 12 items · seed 3}. */
  String name() {
    return String.format(
        Locale.ROOT,
        "%s · %s · %d item%s · seed %d",
        formId,
        mode.jsonName(),
        items,
        items == 1 ? "" : "s",
        seed);
  }

  /** What a failure prints: the run, today, and a one-line command that reproduces it. */
  String describe() {
    return String.format(
        Locale.ROOT,
        "form %s, seed %d, %d items, mode %s (%s), today %s%n  reproduce: %s",
        formId,
        seed,
        items,
        mode.jsonName(),
        variant(),
        today,
        reproduce());
  }

  /** The Maven command that runs this one certificate through every property again. */
  String reproduce() {
    return String.format(
        Locale.ROOT,
        "mvn -o -pl testkit -am test -Dtest='CataloguePropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dcoforms.form=%s -Dcoforms.seed=%d -Dcoforms.items=%d -Dcoforms.mode=%s",
        formId,
        seed,
        items,
        mode.jsonName());
  }
}
