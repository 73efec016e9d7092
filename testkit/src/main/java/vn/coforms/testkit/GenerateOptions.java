package vn.coforms.testkit;

import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.IssuanceMode;

/**
 * How to generate a certificate: how many item rows, in which issuance mode, whether to fill the
 * optional fields, whether texts should be long (to stress fitting and continuation pages), and the
 * language of names and addresses. The same form, seed, options and day give the same certificate
 * on any machine.
 *
 * @param items the number of rows of the form's item group; empty lets the seed choose 1 to 3
 * @param mode the issuance mode; empty means {@code normal}
 * @param fill whether optional fields are filled too
 * @param longTexts texts near their declared limits rather than typical lengths
 * @param language the language of generated names, addresses and goods descriptions
 */
public record GenerateOptions(
    OptionalInt items,
    Optional<IssuanceMode> mode,
    Fill fill,
    boolean longTexts,
    Language language) {

  /** Which fields get a value. */
  public enum Fill {
    /** Only required fields, and fields a rule requires in the chosen circumstances. */
    REQUIRED,
    /** Every field a rule does not forbid. */
    ALL
  }

  /** The language of generated names, addresses and goods descriptions. */
  public enum Language {
    EN,
    VI
  }

  public GenerateOptions {
    items.ifPresent(
        n -> {
          if (n < 0) {
            throw new IllegalArgumentException("items must be 0 or more, was " + n);
          }
        });
  }

  /** A normal-mode certificate with 1 to 3 items, every field filled, English names. */
  public static GenerateOptions defaults() {
    return new GenerateOptions(OptionalInt.empty(), Optional.empty(), Fill.ALL, false, Language.EN);
  }

  public GenerateOptions withItems(int count) {
    return new GenerateOptions(OptionalInt.of(count), mode, fill, longTexts, language);
  }

  public GenerateOptions withMode(IssuanceMode newMode) {
    return new GenerateOptions(items, Optional.of(newMode), fill, longTexts, language);
  }

  public GenerateOptions requiredOnly() {
    return new GenerateOptions(items, mode, Fill.REQUIRED, longTexts, language);
  }

  public GenerateOptions withLongTexts() {
    return new GenerateOptions(items, mode, fill, true, language);
  }

  public GenerateOptions inLanguage(Language newLanguage) {
    return new GenerateOptions(items, mode, fill, longTexts, newLanguage);
  }
}
