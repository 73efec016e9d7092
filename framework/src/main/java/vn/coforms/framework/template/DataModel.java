package vn.coforms.framework.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateDate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormShape;

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
  public TemplateHashModel of(Certificate c, String copy) {
    return of(c, copy, 1, 1);
  }

  /** The model for the certificate on page {@code page} of {@code pages} (1-based). */
  public TemplateHashModel of(Certificate c, String copy, int page, int pages) {
    Map<String, TemplateModel> m = top(c, copy);
    m.put("page", new SimpleNumber(page));
    m.put("pages", new SimpleNumber(pages));
    return new StrictHash("the certificate data of form '" + form.id() + "'", m, WRAPPER);
  }

  /**
   * The model for one table row: the certificate data plus {@code item} and {@code row} (1-based).
   */
  public TemplateHashModel row(
      Certificate c, String copy, FieldDef group, Map<String, Object> item, int row) {
    Map<String, TemplateModel> m = top(c, copy);
    m.put("item", itemHash(group, item));
    m.put("row", new SimpleNumber(row));
    return new StrictHash("a row of '" + group.id() + "' in form '" + form.id() + "'", m, WRAPPER);
  }

  private Map<String, TemplateModel> top(Certificate c, String copy) {
    Map<String, TemplateModel> m = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      put(m, f, c.fields().get(f.id()));
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

  private void put(Map<String, TemplateModel> m, FieldDef f, @Nullable Object raw) {
    if (f.type() == FieldType.GROUP) {
      SimpleSequence rows = new SimpleSequence(WRAPPER);
      if (raw instanceof List) {
        for (Object r : (List<?>) raw) {
          rows.add(itemHash(f, r instanceof Map ? asMap(r) : Map.of()));
        }
      }
      m.put(f.id(), rows);
      return;
    }
    m.put(f.id(), scalar(f, raw));
    if (f.type() == FieldType.COUNTRY) {
      m.put(f.id() + "Name", new SimpleScalar(countryName(raw == null ? "" : String.valueOf(raw))));
    }
  }

  private TemplateHashModel itemHash(FieldDef group, Map<String, Object> item) {
    Map<String, TemplateModel> m = new LinkedHashMap<>();
    for (FieldDef f : group.fields()) {
      put(m, f, item.get(f.id()));
    }
    return new StrictHash("an item of '" + group.id() + "'", m, WRAPPER);
  }

  private TemplateModel scalar(FieldDef f, @Nullable Object raw) {
    return switch (f.type()) {
      case TICK ->
          Boolean.TRUE.equals(raw) ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
      case MONEY, QUANTITY -> amount(f.type() == FieldType.MONEY, raw);
      case PERCENT ->
          raw instanceof Number
              ? new SimpleNumber(new BigDecimal(raw.toString()))
              : new SimpleScalar("");
      case DATE -> new SimpleScalar(raw == null ? "" : printedDate(String.valueOf(raw)));
      default -> new SimpleScalar(raw == null ? "" : String.valueOf(raw));
    };
  }

  private static AmountModel amount(boolean money, @Nullable Object raw) {
    if (!(raw instanceof Map)) {
      return AmountModel.blank(money);
    }
    Map<String, Object> m = asMap(raw);
    Object n = m.get(money ? "amount" : "value");
    Object u = m.get(money ? "currency" : "unit");
    if (!(n instanceof Number)) {
      return AmountModel.blank(money);
    }
    return new AmountModel(money, new BigDecimal(n.toString()), u == null ? "" : String.valueOf(u));
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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }
}
