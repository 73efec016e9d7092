package vn.coforms.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.validate.BuiltInChecks;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.GenerateOptions;
import vn.coforms.testkit.GenerateOptions.Language;
import vn.coforms.testkit.ItemRows;

/**
 * What {@code generate} was asked for, checked against the loaded forms before anything is made:
 * the form, an issuance mode it allows, an item count within its rows, a rule it has.
 */
record GenerateRequest(
    String form,
    @Nullable Integer items,
    @Nullable String mode,
    @Nullable String invalid,
    boolean requiredOnly,
    boolean longTexts,
    @Nullable Language language) {

  /**
   * What is wrong with the request for the forms of {@code certificates}, in one line; empty when
   * it can run.
   */
  Optional<String> problem(Certificates certificates) {
    Catalogue catalogue = certificates.catalogue();
    Optional<FormDefinition> found = catalogue.form(form);
    if (found.isEmpty()) {
      List<String> ids = catalogue.forms().stream().map(FormDefinition::id).sorted().toList();
      return Optional.of(
          "form "
              + Quoted.of(form)
              + " is not loaded"
              + Quoted.hint(form, ids)
              + "; loaded: "
              + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    }
    FormDefinition definition = found.get();
    return combinationProblem()
        .or(() -> modeProblem(definition))
        .or(() -> itemsProblem(definition))
        .or(() -> ruleProblem(definition, certificates));
  }

  /** The certificate asked for: valid, or breaking the one rule {@link #invalid} names. */
  Certificate make(Certificates certificates, long seed) {
    if (invalid != null) {
      return certificates.invalid(form, invalid, seed);
    }
    return certificates.generate(form, seed, options());
  }

  GenerateOptions options() {
    GenerateOptions options = GenerateOptions.defaults();
    if (language != null) {
      options = options.inLanguage(language);
    }
    if (items != null) {
      options = options.withItems(items);
    }
    if (mode != null) {
      options = options.withMode(IssuanceMode.fromJson(mode).orElseThrow());
    }
    if (requiredOnly) {
      options = options.requiredOnly();
    }
    if (longTexts) {
      options = options.withLongTexts();
    }
    return options;
  }

  /**
   * The rule breaker takes the form, the rule and the seed; options it would ignore are refused.
   */
  private Optional<String> combinationProblem() {
    if (invalid == null) {
      return Optional.empty();
    }
    List<String> given = new ArrayList<>();
    if (items != null) {
      given.add("--items");
    }
    if (mode != null) {
      given.add("--mode");
    }
    if (requiredOnly) {
      given.add("--required-only");
    }
    if (longTexts) {
      given.add("--long-texts");
    }
    if (language != null) {
      given.add("--lang");
    }
    if (given.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "--invalid breaks one rule of a certificate made from the seed alone; leave out "
            + String.join(", ", given)
            + " (vary --seed for another certificate)");
  }

  private Optional<String> modeProblem(FormDefinition definition) {
    if (mode == null) {
      return Optional.empty();
    }
    List<String> allowed =
        definition.issuance().modes().stream().map(IssuanceMode::jsonName).toList();
    if (allowed.contains(mode)) {
      return Optional.empty();
    }
    boolean known = IssuanceMode.fromJson(mode).isPresent();
    return Optional.of(
        (known ? "form '" + form + "' does not allow issuance mode " : "there is no issuance mode ")
            + Quoted.of(mode)
            + (known ? "" : Quoted.hint(mode, allowed))
            + "; form '"
            + form
            + "' allows: "
            + String.join(", ", allowed));
  }

  private Optional<String> itemsProblem(FormDefinition definition) {
    if (items == null) {
      return Optional.empty();
    }
    ItemRows rows = ItemRows.of(definition);
    int min = rows.min();
    int max = rows.max();
    if (!rows.grouped()) {
      return Optional.of(
          "form '" + form + "' has no item rows; leave out --items " + items.intValue());
    }
    if (rows.admits(items)) {
      return Optional.empty();
    }
    return Optional.of(
        "--items "
            + items.intValue()
            + " is outside "
            + min
            + ".."
            + max
            + ", the item rows form '"
            + form
            + "' takes; give a number in that range, e.g. --items "
            + Math.min(max, Math.max(min, 3)));
  }

  /**
   * A rule the form does not have, or one no data of this form can break; {@code rule.failed} is
   * left to the rule breaker, which says why no data triggers it.
   */
  private Optional<String> ruleProblem(FormDefinition definition, Certificates certificates) {
    if (invalid == null || invalid.equals(NOT_FROM_DATA)) {
      return Optional.empty();
    }
    List<String> breakable = certificates.breakable(form);
    if (breakable.contains(invalid)) {
      return Optional.empty();
    }
    List<String> known = new ArrayList<>();
    definition.rules().stream().map(Rule::id).forEach(known::add);
    known.addAll(BuiltInChecks.IDS);
    String can = "; the ones --invalid can break: " + String.join(", ", breakable);
    if (known.contains(invalid)) {
      return Optional.of(
          "no data of form '" + form + "' can trigger " + Quoted.of(invalid) + " alone" + can);
    }
    return Optional.of(
        "form '"
            + form
            + "' has no rule "
            + Quoted.of(invalid)
            + Quoted.hint(invalid, known)
            + can);
  }

  /** The built-in check of a rule that could not be evaluated: a fault of the form, not of data. */
  private static final String NOT_FROM_DATA = "rule.failed";
}
