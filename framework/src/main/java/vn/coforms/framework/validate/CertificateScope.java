package vn.coforms.framework.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.expr.EnvelopeVariable;
import vn.coforms.framework.expr.Zero;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.rule.Scope;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.model.value.Row;

/** The whole certificate as a rule sees it; {@link #rows} gives one {@link RowScope} per item. */
final class CertificateScope implements Scope {
  private final FormDefinition form;
  private final BoundCertificate certificate;
  private final Map<String, Object> variables;

  CertificateScope(FormDefinition form, BoundCertificate certificate, String today) {
    this.form = form;
    this.certificate = certificate;
    Map<String, Object> vars = new LinkedHashMap<>();
    for (EnvelopeVariable v : EnvelopeVariable.values()) {
      vars.put(v.id(), envelope(v, certificate, today));
    }
    for (FieldDef f : form.fields()) {
      vars.put(f.id(), celValue(f, certificate.values().value(f.id())));
    }
    this.variables = Collections.unmodifiableMap(vars);
  }

  private static String envelope(EnvelopeVariable v, BoundCertificate certificate, String today) {
    return switch (v) {
      case MODE -> certificate.mode().jsonName();
      case LINKED_NUMBER -> certificate.linked().number();
      case LINKED_DATE -> certificate.linked().date();
      case LINKED_ISSUER -> certificate.linked().issuer();
      case TODAY -> today;
    };
  }

  @Override
  public Optional<FieldValue> value(String field) {
    return certificate.values().value(field);
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
    for (Row row : certificate.values().rows(group)) {
      out.add(new RowScope(this, g, row));
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
   * The value of a field as CEL sees it (docs/format.md, rules): its declared type, the type's zero
   * when absent or unreadable; amounts as maps of a {@code double} and a unit.
   */
  static Object celValue(FieldDef f, Optional<FieldValue> value) {
    if (value.isEmpty() || value.get() instanceof FieldValue.Unreadable) {
      return Zero.of(f);
    }
    FieldValue v = value.get();
    if (v instanceof FieldValue.Tick t) {
      return t.ticked();
    }
    if (v instanceof FieldValue.Percent p) {
      return p.percent().doubleValue();
    }
    if (v instanceof FieldValue.Amount a) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(a.money() ? "amount" : "value", a.amount().doubleValue());
      m.put(a.money() ? "currency" : "unit", a.unit());
      return m;
    }
    if (v instanceof FieldValue.Rows rows) {
      List<Object> out = new ArrayList<>();
      for (Row r : rows.rows()) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (FieldDef c : f.fields()) {
          item.put(c.id(), celValue(c, r.value(c.id())));
        }
        out.add(item);
      }
      return out;
    }
    return v.text();
  }
}
