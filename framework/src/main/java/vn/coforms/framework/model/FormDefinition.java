package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.layout.Layout;
import vn.coforms.framework.model.rule.Rule;

/**
 * One C/O form, as declared in {@code forms/<id>.yaml}: its agreement, data model, criteria, rules,
 * layout and overleaf notes; {@code printed} is every static text it prints, where it is declared
 * (what a verbatim check compares with the legal text); {@code version} is set when the file is one
 * version of a form (see {@link FormVersion}). Immutable; safe to share between threads.
 */
public record FormDefinition(
    String id,
    String code,
    Bilingual title,
    SourceInfo source,
    Agreement agreement,
    Procedure procedure,
    String numberField,
    List<FieldDef> fields,
    Optional<Criteria> criteria,
    Issuance issuance,
    List<Rule> rules,
    Layout layout,
    Optional<Overleaf> overleaf,
    SourceRef at,
    List<Printed> printed,
    Optional<FormVersion> version) {
  public FormDefinition {
    requireNonNull(id, "id");
    fields = List.copyOf(fields);
    rules = List.copyOf(rules);
    printed = List.copyOf(printed);
    requireNonNull(version, "version");
  }

  /** The id, fields and agreement: what shapes this form's certificate data. */
  public FormShape shape() {
    return new FormShape(id, fields, agreement);
  }

  public Optional<FieldDef> field(String fieldId) {
    return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
  }

  /** Resolves {@code id} or {@code group.child}. */
  public Optional<FieldDef> fieldAt(String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return field(path);
    }
    return field(path.substring(0, dot)).flatMap(g -> g.field(path.substring(dot + 1)));
  }
}
