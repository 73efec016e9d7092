package vn.coforms.server.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;

/**
 * What an entry screen holds: the text of every control, keyed by its name (the certificate's JSON
 * path: {@code exporter}, {@code items[1].criterion}, {@code items[0].quantity.value}, {@code
 * issuance.mode}), and the number of rows of each group. It converts both ways, losslessly for
 * everything a screen can show: to the raw certificate (empty is absent; a number or tick that
 * parses becomes a JSON number or boolean, anything else stays the text typed, so the validator
 * reports it and the screen shows it back) and from a certificate opened from a file.
 */
final class ScreenValues {
  static final String MODE = "issuance.mode";
  static final String LINKED_NUMBER = "issuance.linked.number";
  static final String LINKED_DATE = "issuance.linked.date";
  static final String LINKED_ISSUER = "issuance.linked.issuer";

  private static final Pattern ROW_NAME =
      Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[(\\d{1,9})\\]\\.(.+)");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private final FormDefinition form;
  private final Map<String, String> values;
  private final Map<String, Integer> rows;

  private ScreenValues(FormDefinition form, Map<String, String> values, Map<String, Integer> rows) {
    this.form = form;
    this.values = values;
    this.rows = rows;
  }

  /** An empty screen: each group with its minimum number of rows (at least one). */
  static ScreenValues empty(FormDefinition form) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      if (f.spec() instanceof vn.coforms.framework.model.FieldSpec.Group g) {
        rows.put(f.id(), Math.max(1, Math.min(g.minItems(), g.maxItems())));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put(MODE, IssuanceMode.NORMAL.jsonName());
    return new ScreenValues(form, values, rows);
  }

  /**
   * The screen as posted: the last value of each name (a tick box posts a hidden {@code false}
   * before its {@code true}), line breaks as LF. Item rows are numbered from 0 in the order of
   * their posted indices, so rows removed in the browser leave no gaps. Names that are no control
   * of this form are ignored.
   */
  static ScreenValues fromPost(FormDefinition form, Map<String, String> posted) {
    Map<String, Map<Integer, Map<String, String>>> byGroup = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      if (f.isGroup()) {
        byGroup.put(f.id(), new TreeMap<>());
      }
    }
    posted.forEach(
        (name, raw) -> {
          String value = raw.replace("\r\n", "\n").replace('\r', '\n');
          Matcher m = ROW_NAME.matcher(name);
          if (m.matches() && byGroup.containsKey(m.group(1))) {
            byGroup
                .get(m.group(1))
                .computeIfAbsent(Integer.parseInt(m.group(2)), i -> new LinkedHashMap<>())
                .put(m.group(3), value);
          } else {
            values.put(name, value);
          }
        });
    Map<String, Integer> rows = new LinkedHashMap<>();
    byGroup.forEach(
        (group, indexed) -> {
          int n = 0;
          for (Map<String, String> row : indexed.values()) {
            for (Map.Entry<String, String> e : row.entrySet()) {
              values.put(group + "[" + n + "]." + e.getKey(), e.getValue());
            }
            n++;
          }
          rows.put(group, n);
        });
    return new ScreenValues(form, values, rows);
  }

  /** The screen showing {@code certificate}, as opened from a data file. */
  static ScreenValues fromCertificate(FormDefinition form, Certificate certificate) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> rows = new LinkedHashMap<>();
    values.put(MODE, certificate.mode().jsonName());
    LinkedCertificate linked = certificate.linked();
    putIfFilled(values, LINKED_NUMBER, linked.number());
    putIfFilled(values, LINKED_DATE, linked.date());
    putIfFilled(values, LINKED_ISSUER, linked.issuer());
    for (FieldDef f : form.fields()) {
      Object v = certificate.fields().get(f.id());
      if (f.isGroup()) {
        List<?> list = v instanceof List<?> l ? l : List.of();
        for (int i = 0; i < list.size(); i++) {
          Object row = list.get(i);
          Map<?, ?> cells = row instanceof Map<?, ?> m ? m : Map.of();
          for (FieldDef child : f.fields()) {
            flatten(values, child, f.id() + "[" + i + "]." + child.id(), cells.get(child.id()));
          }
        }
        rows.put(f.id(), list.size());
      } else {
        flatten(values, f, f.id(), v);
      }
    }
    return new ScreenValues(form, values, rows);
  }

  private static void flatten(
      Map<String, String> out, FieldDef f, String name, @Nullable Object v) {
    if (v == null) {
      return;
    }
    Optional<String[]> parts = parts(f.type());
    if (parts.isPresent()) {
      if (v instanceof Map<?, ?> m) {
        Object number = m.get(parts.get()[0]);
        Object unit = m.get(parts.get()[1]);
        if (number != null) {
          out.put(name + "." + parts.get()[0], text(number));
        }
        if (unit != null) {
          out.put(name + "." + parts.get()[1], text(unit));
        }
      } else {
        out.put(name + "." + parts.get()[0], text(v));
      }
      return;
    }
    out.put(name, text(v));
  }

  private static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(v);
  }

  private static void putIfFilled(Map<String, String> values, String name, String value) {
    if (!value.isEmpty()) {
      values.put(name, value);
    }
  }

  /** The names of the number and unit of an amount type, e.g. {@code value} and {@code unit}. */
  static Optional<String[]> parts(FieldType type) {
    if (type == FieldType.QUANTITY) {
      return Optional.of(new String[] {"value", "unit"});
    }
    if (type == FieldType.MONEY) {
      return Optional.of(new String[] {"amount", "currency"});
    }
    return Optional.empty();
  }

  /** The text of control {@code name}, empty if none. */
  String get(String name) {
    return values.getOrDefault(name, "");
  }

  /** How many item rows group {@code group} shows. */
  int rows(String group) {
    return rows.getOrDefault(group, 0);
  }

  /** The issuance mode chosen; an unknown one (not offered by the screen) reads as normal. */
  IssuanceMode mode() {
    return IssuanceMode.fromJson(get(MODE)).orElse(IssuanceMode.NORMAL);
  }

  /** A copy with one more (empty) row in {@code group}. */
  ScreenValues withRowAdded(String group) {
    Map<String, Integer> more = new LinkedHashMap<>(rows);
    more.merge(group, 1, Integer::sum);
    return new ScreenValues(form, values, more);
  }

  /** A copy without row {@code index} of {@code group}; the rows after it move up. */
  ScreenValues withRowRemoved(String group, int index) {
    int count = rows(group);
    if (index < 0 || index >= count) {
      return this;
    }
    Map<String, String> kept = new LinkedHashMap<>();
    String prefix = group + "[";
    values.forEach(
        (name, value) -> {
          Matcher m = ROW_NAME.matcher(name);
          if (!name.startsWith(prefix) || !m.matches() || !m.group(1).equals(group)) {
            kept.put(name, value);
            return;
          }
          int i = Integer.parseInt(m.group(2));
          if (i < index) {
            kept.put(name, value);
          } else if (i > index) {
            kept.put(group + "[" + (i - 1) + "]." + m.group(3), value);
          }
        });
    Map<String, Integer> fewer = new LinkedHashMap<>(rows);
    fewer.put(group, count - 1);
    return new ScreenValues(form, kept, fewer);
  }

  /** The raw certificate the screen holds, as the CLI's JSON would give it. */
  Certificate toCertificate() {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      if (f.isGroup()) {
        int count = rows(f.id());
        if (count == 0) {
          continue;
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (FieldDef child : f.fields()) {
            value(child, f.id() + "[" + i + "]." + child.id())
                .ifPresent(v -> row.put(child.id(), v));
          }
          list.add(row);
        }
        fields.put(f.id(), list);
      } else {
        value(f, f.id()).ifPresent(v -> fields.put(f.id(), v));
      }
    }
    LinkedCertificate linked =
        new LinkedCertificate(get(LINKED_NUMBER), get(LINKED_DATE), get(LINKED_ISSUER));
    return new Certificate(form.id(), mode(), linked, fields);
  }

  private Optional<Object> value(FieldDef f, String name) {
    Optional<String[]> parts = parts(f.type());
    if (parts.isPresent()) {
      String number = get(name + "." + parts.get()[0]);
      String unit = get(name + "." + parts.get()[1]);
      if (number.isEmpty() && unit.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Object> amount = new LinkedHashMap<>();
      if (!number.isEmpty()) {
        amount.put(parts.get()[0], number(number));
      }
      if (!unit.isEmpty()) {
        amount.put(parts.get()[1], unit);
      }
      return Optional.of(amount);
    }
    String text = get(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (f.type() == FieldType.PERCENT) {
      return Optional.of(number(text));
    }
    if (f.type() == FieldType.TICK && (text.equals("true") || text.equals("false"))) {
      return Optional.of(Boolean.valueOf(text));
    }
    return Optional.of(text);
  }

  /**
   * A plain decimal as a JSON number (an integer when it has no fraction; trailing zeros dropped,
   * as the certificate reader drops them, so a download reopens to the same JSON); anything else as
   * typed.
   */
  private static Object number(String text) {
    if (!PLAIN_NUMBER.matcher(text).matches() || text.length() > 40) {
      return text;
    }
    BigDecimal d = new BigDecimal(text).stripTrailingZeros();
    if (d.scale() <= 0) {
      BigInteger i = d.toBigIntegerExact();
      return i.bitLength() < 63 ? (Object) i.longValueExact() : i;
    }
    return d;
  }
}
