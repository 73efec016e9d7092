package vn.coforms.framework.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.rule.Scope;

/** One item row as a rule sees it: the item's fields first, then the certificate's. */
final class RowScope implements Scope {
  private final CertificateScope parent;
  private final FieldDef group;
  private final Map<String, Object> item;
  private final int index;
  private final Map<String, Object> variables;

  RowScope(CertificateScope parent, FieldDef group, Map<String, Object> item, int index) {
    this.parent = parent;
    this.group = group;
    this.item = item;
    this.index = index;
    Map<String, Object> vars = new LinkedHashMap<>(parent.variables());
    for (FieldDef f : group.fields()) {
      vars.put(f.id(), CertificateScope.celValue(f, item.get(f.id())));
    }
    vars.put("row", (long) index + 1);
    this.variables = java.util.Collections.unmodifiableMap(vars);
  }

  @Override
  public Optional<Object> value(String field) {
    if (group.field(field).isPresent()) {
      return Optional.ofNullable(item.get(field));
    }
    return parent.value(field);
  }

  @Override
  public OptionalInt row() {
    return OptionalInt.of(index + 1);
  }

  @Override
  public List<Scope> rows(String g) {
    return parent.rows(g);
  }

  @Override
  public String path(String field) {
    return group.field(field).isPresent()
        ? group.id() + "[" + index + "]." + field
        : parent.path(field);
  }

  @Override
  public Map<String, Object> variables() {
    return variables;
  }
}
