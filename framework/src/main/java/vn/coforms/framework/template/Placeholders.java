package vn.coforms.framework.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormShape;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.validate.Binder;

/**
 * Certificates made up from a form's declaration: a probe whose data model every template's names
 * are checked against when the form loads (in every branch, by {@link ReferenceCheck}; the probe
 * run itself takes only one), and a placeholder that shows each field's id for previewing a layout.
 */
public final class Placeholders {
  private Placeholders() {}

  /**
   * A certificate with a plausible value in every field and one item row, for checking templates at
   * load.
   */
  public static BoundCertificate probe(FormShape form) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      fields.put(f.id(), probeValue(f));
    }
    Certificate raw =
        new Certificate(
            form.id(),
            IssuanceMode.REPLACEMENT,
            new LinkedCertificate("X", "2025-01-01", "X"),
            fields);
    return Binder.bind(form, raw).certificate();
  }

  /**
   * A certificate for previewing a form's layout: every text field shows its id in brackets, every
   * tick is ticked, three item rows, and the given issuance mode with a linked certificate.
   */
  public static Certificate placeholder(FormDefinition form, IssuanceMode mode) {
    return placeholder(form, mode, 3);
  }

  /**
   * A placeholder certificate (see {@link #placeholder(FormDefinition, IssuanceMode)}) with {@code
   * rows} item rows in each group, or the group's most rows if fewer.
   */
  public static Certificate placeholder(FormDefinition form, IssuanceMode mode, int rows) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      fields.put(f.id(), placeholderValue(form, f, rows));
    }
    return new Certificate(
        form.id(),
        mode,
        new LinkedCertificate("[linked.number]", "2026-01-15", "[linked.issuer]"),
        fields);
  }

  private static Object placeholderValue(FormDefinition form, FieldDef f, int rows) {
    return switch (f.type()) {
      case TICK -> true;
      case MONEY -> Map.of("amount", 12345.5, "currency", "USD");
      case QUANTITY -> Map.of("value", 1200, "unit", "KGS");
      case PERCENT -> 40;
      case DATE -> "2026-01-31";
      case COUNTRY ->
          form.agreement().parties().isEmpty() ? "VN" : form.agreement().parties().get(0).country();
      case HS_CODE -> "0".repeat(((FieldSpec.HsCode) f.spec()).digits().get(0));
      case CRITERION -> form.criteria().map(c -> c.kinds().get(0).id()).orElse("");
      case ENUM -> ((FieldSpec.Choice) f.spec()).values().get(0);
      case GROUP -> {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < Math.min(rows, ((FieldSpec.Group) f.spec()).maxItems()); i++) {
          Map<String, Object> item = new LinkedHashMap<>();
          f.fields().forEach(c -> item.put(c.id(), placeholderValue(form, c, rows)));
          items.add(item);
        }
        yield items;
      }
      default -> "[" + f.id() + "]";
    };
  }

  private static Object probeValue(FieldDef f) {
    return switch (f.type()) {
      case TICK -> true;
      case MONEY -> Map.of("amount", 1, "currency", "USD");
      case QUANTITY -> Map.of("value", 1, "unit", "KGS");
      case PERCENT -> 40;
      case DATE -> "2025-01-01";
      case GROUP -> {
        Map<String, Object> item = new LinkedHashMap<>();
        f.fields().forEach(c -> item.put(c.id(), probeValue(c)));
        yield List.of(item);
      }
      default -> "X";
    };
  }
}
