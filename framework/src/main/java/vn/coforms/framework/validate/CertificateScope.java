package vn.coforms.framework.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.expr.EnvelopeVariable;
import vn.coforms.framework.expr.Zero;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.rule.Scope;

/** The whole certificate as a rule sees it; {@link #rows} gives one {@link RowScope} per item. */
final class CertificateScope implements Scope {
  private final FormDefinition form;
  private final Certificate certificate;
  private final Map<String, Object> variables;

  CertificateScope(FormDefinition form, Certificate certificate, String today) {
    this.form = form;
    this.certificate = certificate;
    Map<String, Object> vars = new LinkedHashMap<>();
    for (EnvelopeVariable v : EnvelopeVariable.values()) {
      vars.put(v.id(), envelope(v, certificate, today));
    }
    for (FieldDef f : form.fields()) {
      vars.put(f.id(), celValue(f, certificate.fields().get(f.id())));
    }
    this.variables = java.util.Collections.unmodifiableMap(vars);
  }

  private static String envelope(EnvelopeVariable v, Certificate certificate, String today) {
    return switch (v) {
      case MODE -> certificate.mode().jsonName();
      case LINKED_NUMBER -> certificate.linked().number();
      case LINKED_DATE -> certificate.linked().date();
      case LINKED_ISSUER -> certificate.linked().issuer();
      case TODAY -> today;
    };
  }

  @Override
  public Optional<Object> value(String field) {
    return certificate.value(field);
  }

  @Override
  public OptionalInt row() {
    return OptionalInt.empty();
  }

  @Override
  public List<Scope> rows(String group) {
    FieldDef g =
        form.field(group).orElseThrow(() -> new IllegalArgumentException("no group " + group));
    List<Scope> out = new ArrayList<>();
    List<Map<String, Object>> rows = certificate.rows(group);
    for (int i = 0; i < rows.size(); i++) {
      Object r = rows.get(i);
      @SuppressWarnings("unchecked")
      Map<String, Object> item = r instanceof Map ? (Map<String, Object>) r : Map.of();
      out.add(new RowScope(this, g, item, i));
    }
    return out;
  }

  @Override
  public String path(String field) {
    return field;
  }

  @Override
  public Map<String, Object> variables() {
    return variables;
  }

  /**
   * The value of a field as CEL expects it: declared type, zero when absent or of the wrong type.
   */
  static Object celValue(FieldDef f, @Nullable Object raw) {
    if (raw == null) {
      return Zero.of(f);
    }
    return switch (f.type()) {
      case TICK -> raw instanceof Boolean ? raw : false;
      case PERCENT -> raw instanceof Number n ? n.doubleValue() : 0.0;
      case MONEY, QUANTITY -> raw instanceof Map ? normalise(raw) : Zero.of(f);
      case GROUP -> raw instanceof List<?> list ? rows(f, list) : Zero.of(f);
      default -> String.valueOf(raw);
    };
  }

  private static List<Object> rows(FieldDef group, List<?> raw) {
    List<Object> rows = new ArrayList<>();
    for (Object r : raw) {
      Map<String, Object> item = new LinkedHashMap<>();
      Map<?, ?> m = r instanceof Map<?, ?> map ? map : Map.of();
      for (FieldDef c : group.fields()) {
        item.put(c.id(), celValue(c, m.get(c.id())));
      }
      rows.add(item);
    }
    return rows;
  }

  /** JSON numbers become CEL's long or double, recursively. */
  static Object normalise(Object v) {
    if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof BigInteger) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigDecimal || v instanceof Double || v instanceof Float) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), normalise(x)));
      return out;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(normalise(x)));
      return out;
    }
    return v;
  }
}
