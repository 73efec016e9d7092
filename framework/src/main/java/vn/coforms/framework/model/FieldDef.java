package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import vn.coforms.framework.diag.SourceRef;

/**
 * One field of a certificate, printed in {@code box}: what every field has (id, label, whether it
 * is required or read-only) plus its type's own options in {@link #spec}.
 */
public record FieldDef(
    String id,
    String box,
    Bilingual label,
    Optional<Bilingual> hint,
    boolean required,
    boolean readOnly,
    FieldSpec spec,
    SourceRef at) {
  public FieldDef {
    requireNonNull(id, "id");
    requireNonNull(spec, "spec");
  }

  public FieldType type() {
    return spec.type();
  }

  public boolean isGroup() {
    return spec instanceof FieldSpec.Group;
  }

  /** The item fields of a group; empty for any other type. */
  public List<FieldDef> fields() {
    return spec instanceof FieldSpec.Group g ? g.fields() : List.of();
  }

  /** The item field {@code childId} of a group. */
  public Optional<FieldDef> field(String childId) {
    return spec instanceof FieldSpec.Group g ? g.field(childId) : Optional.empty();
  }
}
