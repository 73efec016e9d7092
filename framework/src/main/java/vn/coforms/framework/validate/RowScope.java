package vn.coforms.framework.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.rule.Scope;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.model.value.Row;

/** One item row as a rule sees it: the item's fields first, then the certificate's. */
final class RowScope implements Scope {
  private final CertificateScope parent;
  private final FieldDef group;
  private final Row row;
  private final Map<String, Object> variables;

  RowScope(CertificateScope parent, FieldDef group, Row row) {
    this.parent = parent;
    this.group = group;
    this.row = row;
    Map<String, Object> vars = new LinkedHashMap<>(parent.variables());
    for (FieldDef f : group.fields()) {
      vars.put(f.id(), CertificateScope.celValue(f, row.value(f.id())));
    }
    vars.put("row", (long) row.index() + 1);
    this.variables = Collections.unmodifiableMap(vars);
  }

  @Override
  public Optional<FieldValue> value(String field) {
    if (group.field(field).isPresent()) {
      return row.value(field);
    }
    return parent.value(field);
  }

  @Override
  public OptionalInt row() {
    return OptionalInt.of(row.index() + 1);
  }

  @Override
  public List<Scope> rows(String g) {
    return parent.rows(g);
  }

  @Override
  public String path(String field) {
    return group.field(field).isPresent()
        ? group.id() + "[" + row.index() + "]." + field
        : parent.path(field);
  }

  @Override
  public Map<String, Object> variables() {
    return variables;
  }
}
