package vn.coforms.framework.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.certificate.CertificateDate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormShape;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.model.value.Row;

/**
 * Builds the data a content template sees (docs/format.md, layout): every declared field by id
 * (blank when absent), {@code <country>Name} for country fields, {@code mode}, {@code linked},
 * {@code copy}; and, per table row, {@code item} and {@code row}.
 */
public final class DataModel {
  static final ObjectWrapper WRAPPER = DataOnlyWrapper.INSTANCE;
  private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private final FormShape form;
  private final Map<String, Country> countries;

  public DataModel(FormDefinition form, Map<String, Country> countries) {
    this(form.shape(), countries);
  }

  /** The model of a form's data before its layout is assembled (what the loader checks with). */
  public DataModel(FormShape form, Map<String, Country> countries) {
    this.form = form;
    this.countries = Map.copyOf(countries);
  }

  /** The model for the certificate as a whole (boxes, fill-ins, stamps). */
  public TemplateHashModel of(BoundCertificate c, String copy) {
    return of(c, copy, 1, 1);
  }

  /** The model for the certificate on page {@code page} of {@code pages} (1-based). */
  public TemplateHashModel of(BoundCertificate c, String copy, int page, int pages) {
    Map<String, TemplateModel> m = top(c, copy);
    m.put("page", new SimpleNumber(page));
    m.put("pages", new SimpleNumber(pages));
    return new StrictHash("the certificate data of form '" + form.id() + "'", m, WRAPPER);
  }

  /**
   * The model for one table row: the certificate data plus {@code item} and {@code row} (1-based).
   */
  public TemplateHashModel row(BoundCertificate c, String copy, FieldDef group, Row item, int row) {
    Map<String, TemplateModel> m = top(c, copy);
    m.put("item", itemHash(group, item));
    m.put("row", new SimpleNumber(row));
    return new StrictHash("a row of '" + group.id() + "' in form '" + form.id() + "'", m, WRAPPER);
  }

  private Map<String, TemplateModel> top(BoundCertificate c, String copy) {
    Map<String, TemplateModel> m = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      put(m, f, c.values().value(f.id()));
    }
    m.put("mode", new SimpleScalar(c.mode().jsonName()));
    LinkedCertificate l = c.linked();
    Map<String, TemplateModel> linked = new LinkedHashMap<>();
    linked.put("number", new SimpleScalar(l.number()));
    linked.put("date", new SimpleScalar(printedDate(l.date())));
    linked.put("issuer", new SimpleScalar(l.issuer()));
    m.put("linked", new StrictHash("the linked certificate", linked, WRAPPER));
    m.put("copy", new SimpleScalar(copy));
    m.put("page", new SimpleNumber(1));
    m.put("pages", new SimpleNumber(1));
    return m;
  }

  private void put(Map<String, TemplateModel> m, FieldDef f, Optional<FieldValue> value) {
    if (f.type() == FieldType.GROUP) {
      SimpleSequence rows = new SimpleSequence(WRAPPER);
      if (value.orElse(null) instanceof FieldValue.Rows list) {
        list.rows().forEach(r -> rows.add(itemHash(f, r)));
      }
      m.put(f.id(), rows);
      return;
    }
    FieldValue v = value.orElse(null);
    m.put(f.id(), scalar(f, v));
    if (f.type() == FieldType.COUNTRY) {
      m.put(f.id() + "Name", new SimpleScalar(countryName(v == null ? "" : v.text())));
    }
  }

  private TemplateHashModel itemHash(FieldDef group, Row item) {
    Map<String, TemplateModel> m = new LinkedHashMap<>();
    for (FieldDef f : group.fields()) {
      put(m, f, item.value(f.id()));
    }
    return new StrictHash("an item of '" + group.id() + "'", m, WRAPPER);
  }

  /**
   * A field's template value; blank (an unticked box, a blank amount) when absent. A value that did
   * not bind prints as written where text can show it (only a watermarked draft prints at all).
   */
  private static TemplateModel scalar(FieldDef f, @Nullable FieldValue v) {
    return switch (f.type()) {
      case TICK ->
          v instanceof FieldValue.Tick t && t.ticked()
              ? TemplateBooleanModel.TRUE
              : TemplateBooleanModel.FALSE;
      case MONEY, QUANTITY ->
          v instanceof FieldValue.Amount a
              ? new AmountModel(a.money(), a.amount(), a.unit())
              : AmountModel.blank(f.type() == FieldType.MONEY);
      case PERCENT ->
          v instanceof FieldValue.Percent p ? new SimpleNumber(p.percent()) : new SimpleScalar("");
      case DATE ->
          new SimpleScalar(
              v instanceof FieldValue.Date d
                  ? d.date().format(PRINTED_DATE)
                  : v == null ? "" : v.text());
      default -> new SimpleScalar(v == null ? "" : v.text());
    };
  }

  /**
   * The spelling printed on this form: the party's, else the upper-case English name, else the
   * code.
   */
  public String countryName(String code) {
    if (code.isBlank()) {
      return "";
    }
    return form.agreement()
        .party(code)
        .map(p -> p.printed())
        .or(
            () ->
                Optional.ofNullable(countries.get(code))
                    .map(c -> c.name().en().toUpperCase(java.util.Locale.ROOT)))
        .orElse(code);
  }

  /** Dates print as dd/MM/yyyy; text that is not an ISO date prints as written. */
  public static String printedDate(String iso) {
    if (iso.isBlank()) {
      return "";
    }
    return CertificateDate.parse(iso).map(d -> d.format(PRINTED_DATE)).orElse(iso);
  }
}
