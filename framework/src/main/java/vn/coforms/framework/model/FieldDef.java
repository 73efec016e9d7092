package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.coforms.framework.diag.SourceRef;

/**
 * One typed field of a certificate, printed in {@code box}.
 *
 * <p>Options that do not apply to the type are empty: {@code digits} only for {@link
 * FieldType#HS_CODE}, {@code values} only for {@link FieldType#ENUM}, {@code fields} only for
 * {@link FieldType#GROUP}.
 */
public record FieldDef(
    String id,
    FieldType type,
    String box,
    Bilingual label,
    Optional<Bilingual> hint,
    boolean required,
    boolean readOnly,
    OptionalInt maxLength,
    OptionalInt maxLines,
    boolean withinParties,
    List<Integer> digits,
    List<String> values,
    List<FieldDef> fields,
    int minItems,
    int maxItems,
    SourceRef at) {
  public FieldDef {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    digits = List.copyOf(digits);
    values = List.copyOf(values);
    fields = List.copyOf(fields);
  }

  public boolean isGroup() {
    return type == FieldType.GROUP;
  }

  public Optional<FieldDef> field(String childId) {
    return fields.stream().filter(f -> f.id().equals(childId)).findFirst();
  }
}
