package vn.coforms.framework.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateDate;
import vn.coforms.framework.certificate.PrintableText;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormShape;
import vn.coforms.framework.model.value.FieldPath;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.model.value.FieldValues;
import vn.coforms.framework.model.value.Row;

/**
 * Binds raw certificate data (what JSON gives: strings, booleans, numbers, maps, lists) to the
 * form's field types, once. Data that does not bind is a finding at its path: a key no field
 * declares, a value of the wrong type, a date that is no date, a number that is not finite, more
 * item rows than any form allows (the rows are then not bound at all).
 */
public final class Binder {
  /**
   * The most item rows any certificate may have, whatever its form declares: beyond it the rows are
   * not bound or checked at all, so a hostile list of 90,000 items costs one finding.
   */
  public static final int MAX_ROWS = 1_000;

  /** The finding for a group with more rows than allowed; its rows are then not bound. */
  static final String TOO_MANY_ITEMS = "group.max-items";

  private final FieldFindings findings;

  private Binder(String formId) {
    this.findings = new FieldFindings(formId);
  }

  /** The bound certificate and the findings about data that did not bind. */
  public record Binding(BoundCertificate certificate, List<Finding> findings) {
    public Binding {
      findings = List.copyOf(findings);
    }
  }

  /** Binds {@code certificate}'s data to the fields of {@code form}. */
  public static Binding bind(FormDefinition form, Certificate certificate) {
    return bind(form.shape(), certificate);
  }

  /** Binds {@code certificate}'s data to the fields of a form being loaded. */
  public static Binding bind(FormShape form, Certificate certificate) {
    Binder b = new Binder(form.id());
    FieldValues values = new FieldValues(b.values(certificate.fields(), form.fields(), null, -1));
    return new Binding(new BoundCertificate(certificate, values), b.findings.all());
  }

  private Map<String, FieldValue> values(
      Map<?, ?> data, List<FieldDef> declared, @Nullable FieldPath group, int index) {
    unknownKeys(data, declared, group, index);
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (FieldDef f : declared) {
      Object raw = data.get(f.id());
      if (raw != null) {
        FieldPath path = group == null ? FieldPath.of(f.id()) : group.item(index, f.id());
        out.put(f.id(), value(f, raw, path));
      }
    }
    return out;
  }

  private void unknownKeys(
      Map<?, ?> data, List<FieldDef> declared, @Nullable FieldPath group, int index) {
    Set<String> ids = declared.stream().map(FieldDef::id).collect(Collectors.toSet());
    for (Object key : data.keySet()) {
      String k = String.valueOf(key);
      if (!ids.contains(k)) {
        findings.add(
            "field.unknown",
            group == null ? FieldPath.of(k) : group.item(index, k),
            Messages.of(
                "'%s' is not a field of this form%s.",
                "'%s' không phải là trường của mẫu C/O này%s.", k, Messages.didYouMean(k, ids)));
      }
    }
  }

  private FieldValue value(FieldDef f, Object raw, FieldPath path) {
    FieldSpec spec = f.spec();
    return switch (f.type()) {
      case TEXT -> raw instanceof String s ? new FieldValue.Text(path, s) : wrongType(f, raw, path);
      case ENUM, HS_CODE ->
          code(raw)
              .<FieldValue>map(s -> new FieldValue.Text(path, s))
              .orElseGet(() -> wrongType(f, raw, path));
      case COUNTRY ->
          code(raw)
              .<FieldValue>map(s -> new FieldValue.CountryCode(path, s))
              .orElseGet(() -> wrongType(f, raw, path));
      case CRITERION ->
          code(raw)
              .<FieldValue>map(s -> new FieldValue.Criterion(path, s))
              .orElseGet(() -> wrongType(f, raw, path));
      case DATE -> date(f, raw, path);
      case TICK ->
          raw instanceof Boolean b ? new FieldValue.Tick(path, b) : wrongType(f, raw, path);
      case PERCENT -> percent(f, raw, path);
      case MONEY -> amount(f, raw, path, "amount", "currency", true);
      case QUANTITY -> amount(f, raw, path, "value", "unit", false);
      case GROUP -> rows(f, (FieldSpec.Group) spec, raw, path);
    };
  }

  /** Codes and choices are text; a number is taken as written (an HS code typed as a number). */
  private static Optional<String> code(Object raw) {
    if (raw instanceof String s) {
      return Optional.of(s);
    }
    if (raw instanceof Number n) {
      return Optional.of(RawText.plain(n));
    }
    return Optional.empty();
  }

  private FieldValue date(FieldDef f, Object raw, FieldPath path) {
    Optional<java.time.LocalDate> date =
        raw instanceof String s ? CertificateDate.parse(s) : Optional.empty();
    if (date.isPresent()) {
      return new FieldValue.Date(path, date.get());
    }
    findings.add(
        "field.date",
        f,
        path,
        FieldFindings.about(
            f,
            "%s: '%s' is not a date from %d to %d; write YYYY-MM-DD, e.g. 2026-03-01.",
            "%s: '%s' không phải ngày trong các năm %d đến %d; ghi theo dạng YYYY-MM-DD, ví dụ"
                + " 2026-03-01.",
            printable(String.valueOf(raw)),
            CertificateDate.MIN_YEAR,
            CertificateDate.MAX_YEAR));
    return new FieldValue.Unreadable(path, String.valueOf(raw));
  }

  private FieldValue percent(FieldDef f, Object raw, FieldPath path) {
    if (!(raw instanceof Number n)) {
      return wrongType(f, raw, path);
    }
    return finite(f, n, path)
        .<FieldValue>map(p -> new FieldValue.Percent(path, p))
        .orElseGet(() -> new FieldValue.Unreadable(path, String.valueOf(raw)));
  }

  private FieldValue amount(
      FieldDef f, Object raw, FieldPath path, String numberKey, String unitKey, boolean money) {
    if (!(raw instanceof Map<?, ?> m)
        || !(m.get(numberKey) instanceof Number number)
        || !(m.get(unitKey) instanceof String unit)
        || unit.isBlank()
        || m.keySet().stream().anyMatch(k -> !k.equals(numberKey) && !k.equals(unitKey))) {
      return wrongType(f, raw, path);
    }
    return finite(f, number, path)
        .<FieldValue>map(n -> new FieldValue.Amount(path, n, unit, money))
        .orElseGet(() -> new FieldValue.Unreadable(path, RawText.plain(number) + " " + unit));
  }

  private Optional<BigDecimal> finite(FieldDef f, Number n, FieldPath path) {
    Optional<BigDecimal> exact = NumberBounds.exact(n);
    if (exact.isEmpty()) {
      findings.add(
          "field.number",
          f,
          path,
          FieldFindings.about(
              f, "%s: %s is not a finite number.", "%s: %s không phải là số hữu hạn.", n));
    }
    return exact;
  }

  private FieldValue rows(FieldDef g, FieldSpec.Group spec, Object raw, FieldPath path) {
    if (!(raw instanceof List<?> list)) {
      findings.add(
          "field.type",
          g,
          path,
          FieldFindings.about(
              g, "%s must be a list of items.", "%s phải là danh sách các mặt hàng."));
      return new FieldValue.Unreadable(path, RawText.shown(raw));
    }
    int max = Math.min(spec.maxItems(), MAX_ROWS);
    if (list.size() > max) {
      findings.add(
          TOO_MANY_ITEMS,
          g,
          path,
          FieldFindings.about(
              g,
              "%s allows at most %d item(s), found %d; the items were not checked.",
              "%s chỉ được tối đa %d mặt hàng, hiện có %d; chưa kiểm tra các mặt hàng.",
              max,
              list.size()));
      return new FieldValue.Unreadable(path, list.size() + " item(s)");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> item) {
        rows.add(new Row(i, values(item, spec.fields(), path, i)));
      } else {
        findings.add(
            "field.type",
            g,
            FieldPath.of(path.field() + "[" + i + "]"),
            Messages.of(
                "Item %d must be an object of item fields.",
                "Mặt hàng %d phải là một đối tượng.", i + 1));
        rows.add(new Row(i, Map.of()));
      }
    }
    return new FieldValue.Rows(path, rows);
  }

  private FieldValue wrongType(FieldDef f, Object raw, FieldPath path) {
    findings.add(
        "field.type",
        f,
        path,
        FieldFindings.about(
            f, "%s has the wrong type: expected %s.", "%s sai kiểu dữ liệu: cần %s.", expected(f)));
    return new FieldValue.Unreadable(path, RawText.shown(raw));
  }

  private static Bilingual expected(FieldDef f) {
    return switch (f.type()) {
      case TEXT -> new Bilingual("text", "văn bản");
      case TICK -> new Bilingual("true or false", "true hoặc false");
      case PERCENT -> new Bilingual("a number from 0 to 100", "một số từ 0 đến 100");
      case MONEY -> example("{\"amount\": 1250.5, \"currency\": \"USD\"}");
      case QUANTITY -> example("{\"value\": 1200, \"unit\": \"KGS\"}");
      case DATE -> new Bilingual("a date such as 2026-03-01", "ngày, ví dụ 2026-03-01");
      case GROUP -> new Bilingual("a list of items", "danh sách các mặt hàng");
      case COUNTRY, HS_CODE, CRITERION, ENUM -> new Bilingual("text", "văn bản");
    };
  }

  private static Bilingual example(String json) {
    return new Bilingual(json, json);
  }

  /** Text safe to echo in a message: unprintable characters shown as U+XXXX. */
  static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .limit(40)
        .forEach(
            cp -> {
              if (PrintableText.bundled().canPrint(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
              }
            });
    return s.codePointCount(0, s.length()) > 40 ? out + "…" : out.toString();
  }
}
