package vn.coforms.testkit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.framework.validate.Finding;

/**
 * Generates a certificate of any form that validates clean: values derived from the declarations
 * ({@link ValueSource}), then a bounded repair against the real validator ({@link Repairer}).
 * Nothing here knows a form id or a field id.
 */
final class Generator {
  /** Item rows when the options do not say: 1 to this many. */
  static final int DEFAULT_MAX_ITEMS = 3;

  /** One optional tick in this many is ticked when every field is filled. */
  static final int TICK_ODDS = 4;

  private final Catalogue catalogue;
  private final CertificateValidator validator;
  private final LocalDate today;

  Generator(Catalogue catalogue, CertificateValidator validator, LocalDate today) {
    this.catalogue = catalogue;
    this.validator = validator;
    this.today = today;
  }

  Certificate generate(String formId, long seed, GenerateOptions options) {
    FormDefinition form = catalogue.require(formId);
    IssuanceMode mode = options.mode().orElse(IssuanceMode.NORMAL);
    if (!form.issuance().modes().contains(mode)) {
      throw new IllegalArgumentException(
          "form '"
              + formId
              + "' cannot be issued as '"
              + mode.jsonName()
              + "'; its modes are "
              + form.issuance().modes().stream()
                  .map(IssuanceMode::jsonName)
                  .collect(Collectors.joining(", ")));
    }
    SplittableRandom random = new SplittableRandom(mix(seed, formId, options));
    int items = items(form, options, random);
    RegexSampler regex = new RegexSampler();
    ValueSource source = new ValueSource(form, catalogue, options, today, random, regex);
    Draft draft = initial(form, mode, items, options, source);
    String where =
        "form '"
            + formId
            + "' (seed "
            + seed
            + ", items "
            + items
            + ", mode "
            + mode.jsonName()
            + ")";
    new Repairer(catalogue, validator, source, regex, where).repair(draft);
    Certificate certificate = draft.toCertificate();
    List<Finding> left = validator.validate(catalogue, certificate);
    if (!left.isEmpty()) {
      throw new GenerationException(
          "cannot generate a valid certificate of " + where + ": " + left.get(0).render());
    }
    return certificate;
  }

  /** The rows per group: the options' count, checked against every group's bounds. */
  static int items(FormDefinition form, GenerateOptions options, SplittableRandom random) {
    ItemRows rows = ItemRows.of(form);
    if (options.items().isPresent()) {
      int n = options.items().getAsInt();
      if (!rows.admits(n)) {
        throw new IllegalArgumentException(
            "form '"
                + form.id()
                + "' takes "
                + rows.min()
                + " to "
                + rows.max()
                + " item rows; "
                + n
                + " were asked for");
      }
      return n;
    }
    return rows.nearest(1 + random.nextInt(DEFAULT_MAX_ITEMS));
  }

  private Draft initial(
      FormDefinition form,
      IssuanceMode mode,
      int items,
      GenerateOptions options,
      ValueSource source) {
    boolean all = options.fill() == GenerateOptions.Fill.ALL;
    Draft draft = new Draft(form, mode, linked(mode, source));
    String modeTick = form.issuance().tickFor(mode).orElse("");
    for (FieldDef f : form.fields()) {
      if (f.readOnly()) {
        continue;
      }
      if (f.spec() instanceof FieldSpec.Group g) {
        List<Map<String, Object>> rows = draft.rows(f.id());
        for (int i = 0; i < items; i++) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (FieldDef c : g.fields()) {
            Object v = c.readOnly() || !(c.required() || all) ? null : source.value(c, i);
            if (v != null) {
              row.put(c.id(), v);
            }
          }
          rows.add(row);
        }
      } else if (f.spec() instanceof FieldSpec.Tick) {
        boolean mirrorsMode = form.issuance().ticks().containsValue(f.id());
        boolean ticked =
            f.id().equals(modeTick)
                || (!mirrorsMode && all && source.random().nextInt(TICK_ODDS) == 0);
        draft.set(Slot.top(f.id()), ticked);
      } else if (f.required() || all) {
        Object v = source.value(f, -1);
        if (v != null) {
          draft.set(Slot.top(f.id()), v);
        }
      }
    }
    return draft;
  }

  /** The earlier certificate, for the modes that re-issue or back one (the common rules ask). */
  static LinkedCertificate linked(IssuanceMode mode, ValueSource source) {
    if (mode == IssuanceMode.NORMAL || mode == IssuanceMode.RETROACTIVE) {
      return LinkedCertificate.NONE;
    }
    return new LinkedCertificate(
        source.certificateNumber(),
        source.today().minusDays(5 + source.random().nextInt(200)).toString(),
        source.issuer());
  }

  /** The random seed: the user's seed mixed with the form and the options, stable everywhere. */
  static long mix(long seed, String formId, GenerateOptions options) {
    OptionalInt items = options.items();
    String canonical =
        formId
            + "|"
            + (items.isPresent() ? items.getAsInt() : -1)
            + "|"
            + options.mode().map(IssuanceMode::jsonName).orElse("")
            + "|"
            + options.fill().name()
            + "|"
            + options.longTexts()
            + "|"
            + options.language().name();
    long h = seed * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < canonical.length(); i++) {
      h = (h ^ canonical.charAt(i)) * 0x100000001B3L;
    }
    return h;
  }
}
