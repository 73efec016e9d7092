package vn.coforms.server.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.MissingForm;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.Procedure;

/**
 * The rows of the catalogue page: for each loaded form what its YAML declares (code, agreement,
 * parties as printed, procedure code, the fee in force today, time limits, pages, bundled samples,
 * status); "—" where the form declares nothing. Then the forms the procedures name that cannot be
 * declared yet, with why and what is needed.
 */
final class CatalogueRows {
  static final String NONE = "—";

  private final Texts texts;
  private final ToIntFunction<String> samples;

  /**
   * @param samples how many sample certificates are bundled for a form id
   */
  CatalogueRows(Texts texts, ToIntFunction<String> samples) {
    this.texts = texts;
    this.samples = samples;
  }

  List<Map<String, Object>> rows(Catalogue catalogue, Language language, LocalDate today) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    catalogue.forms().forEach(f -> out.add(row(f, language, today)));
    catalogue.missing().forEach(m -> out.add(row(m, language)));
    return out;
  }

  /** A form the procedures name that is not declared: why, and what would let someone add it. */
  private Map<String, Object> row(MissingForm form, Language language) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", "missing-" + form.code().toLowerCase(java.util.Locale.ROOT));
    r.put("code", form.code());
    r.put("missing", true);
    r.put("agreement", text(form.agreement(), language));
    r.put("parties", form.parties());
    r.put("procedure", form.procedure());
    r.put("fee", NONE);
    r.put("timeLimits", List.of());
    r.put("pages", NONE);
    r.put("samples", NONE);
    r.put("status", texts.get(language, "catalogue.status.missing"));
    r.put("reason", text(form.reason(), language));
    r.put("needed", texts.get(language, "catalogue.needed", text(form.needed(), language)));
    return r;
  }

  private static String text(Bilingual text, Language language) {
    return language == Language.VI ? text.vi() : text.en();
  }

  private Map<String, Object> row(FormDefinition form, Language language, LocalDate today) {
    Procedure p = form.procedure();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", form.id());
    r.put("code", form.code());
    r.put("missing", false);
    r.put("status", texts.get(language, "catalogue.status.ready"));
    r.put("title", language == Language.VI ? form.title().vi() : form.title().en());
    r.put("open", texts.get(language, "catalogue.open", form.code()));
    r.put(
        "agreement",
        form.agreement().id().toUpperCase(java.util.Locale.ROOT)
            + " · "
            + (language == Language.VI
                ? form.agreement().name().vi()
                : form.agreement().name().en()));
    String parties =
        form.agreement().parties().stream().map(Party::printed).collect(Collectors.joining(", "));
    r.put("parties", parties.isEmpty() ? NONE : parties);
    r.put("procedure", p.code().isBlank() ? NONE : p.code());
    r.put(
        "fee",
        p.feeOn(today)
            .map(
                fee ->
                    NumberFormat.getIntegerInstance(language.locale()).format(fee.issue())
                        + " "
                        + fee.currency())
            .orElse(NONE));
    // Each limit as the form declares it (channel and condition in words): "6 hours (online)" twice
    // would not say which is which.
    r.put(
        "timeLimits",
        p.timeLimits().stream()
            .map(t -> language == Language.VI ? t.text().vi() : t.text().en())
            .distinct()
            .toList());
    r.put("pages", String.valueOf(form.layout().pages().size()));
    r.put("samples", String.valueOf(samples.applyAsInt(form.id())));
    return r;
  }
}
