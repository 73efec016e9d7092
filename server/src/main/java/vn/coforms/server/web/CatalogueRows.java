package vn.coforms.server.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.Procedure;

/**
 * The rows of the catalogue page: for each loaded form what its YAML declares (code, agreement,
 * parties as printed, procedure code, the fee in force today, time limits, pages, bundled samples);
 * "—" where the form declares nothing.
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
    return catalogue.forms().stream().map(f -> row(f, language, today)).toList();
  }

  private Map<String, Object> row(FormDefinition form, Language language, LocalDate today) {
    Procedure p = form.procedure();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", form.id());
    r.put("code", form.code());
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
