package vn.coforms.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;

/**
 * A certificate being built or mutated: mutable, copied before every tried change, and turned into
 * an immutable {@link Certificate} with its fields in the form's declaration order.
 */
final class Draft {
  private final FormDefinition form;
  private IssuanceMode mode;
  private LinkedCertificate linked;
  private final Map<String, Object> fields;

  Draft(FormDefinition form, IssuanceMode mode, LinkedCertificate linked) {
    this(form, mode, linked, new LinkedHashMap<>());
  }

  private Draft(
      FormDefinition form, IssuanceMode mode, LinkedCertificate linked, Map<String, Object> data) {
    this.form = form;
    this.mode = mode;
    this.linked = linked;
    this.fields = data;
  }

  static Draft of(FormDefinition form, Certificate certificate) {
    return new Draft(
        form, certificate.mode(), certificate.linked(), deepCopy(certificate.fields(), false));
  }

  Draft copy() {
    return new Draft(form, mode, linked, deepCopy(fields, false));
  }

  /** A copy whose {@code group} holds only row {@code row} (as its row 0). */
  Draft onlyRow(String group, int row) {
    Draft out = copy();
    List<Map<String, Object>> rows = out.rows(group);
    Map<String, Object> kept = rows.get(row);
    rows.clear();
    rows.add(kept);
    return out;
  }

  FormDefinition form() {
    return form;
  }

  IssuanceMode mode() {
    return mode;
  }

  void mode(IssuanceMode newMode) {
    this.mode = newMode;
  }

  LinkedCertificate linked() {
    return linked;
  }

  void linked(LinkedCertificate newLinked) {
    this.linked = newLinked;
  }

  /** The rows of a group, created empty if absent; the list is this draft's own. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> rows(String group) {
    Object v = fields.get(group);
    if (v instanceof List<?>) {
      return (List<Map<String, Object>>) v;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    fields.put(group, rows);
    return rows;
  }

  int rowCount(String group) {
    return fields.get(group) instanceof List<?> l ? l.size() : 0;
  }

  @Nullable Object get(Slot slot) {
    if (slot.group() == null) {
      return fields.get(slot.field());
    }
    List<Map<String, Object>> rows = rows(slot.group());
    return slot.row() < rows.size() ? rows.get(slot.row()).get(slot.field()) : null;
  }

  /** Sets a value; null removes it. A row that does not exist yet is not created. */
  void set(Slot slot, @Nullable Object value) {
    Map<String, Object> target;
    if (slot.group() == null) {
      target = fields;
    } else {
      List<Map<String, Object>> rows = rows(slot.group());
      if (slot.row() >= rows.size()) {
        return;
      }
      target = rows.get(slot.row());
    }
    if (value == null) {
      target.remove(slot.field());
    } else {
      target.put(slot.field(), value);
    }
  }

  /** Sets a raw top-level entry, declared or not (for data the form does not expect). */
  void putRaw(String key, Object value) {
    fields.put(key, value);
  }

  /** The certificate, deeply immutable, its fields in declaration order (unknown keys last). */
  Certificate toCertificate() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (FieldDef f : form.fields()) {
      Object v = fields.get(f.id());
      if (v != null) {
        ordered.put(f.id(), v);
      }
    }
    fields.forEach(ordered::putIfAbsent);
    return new Certificate(form.id(), mode, linked, deepCopy(ordered, true));
  }

  private static Map<String, Object> deepCopy(Map<?, ?> data, boolean frozen) {
    Map<String, Object> out = new LinkedHashMap<>();
    data.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v, frozen)));
    return frozen ? Collections.unmodifiableMap(out) : out;
  }

  private static Object copyValue(Object v, boolean frozen) {
    if (v instanceof Map<?, ?> m) {
      return deepCopy(m, frozen);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(e -> out.add(copyValue(e, frozen)));
      return frozen ? Collections.unmodifiableList(out) : out;
    }
    return v;
  }
}
