package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What shapes the data of a form's certificates: the form's id, its declared fields, and its
 * agreement (whose parties say how country names print). The loader has it before the layout, whose
 * templates are checked at load against the data model it gives; a loaded form gives its own with
 * {@link FormDefinition#shape()}.
 */
public record FormShape(String id, List<FieldDef> fields, Agreement agreement) {
  public FormShape {
    requireNonNull(id, "id");
    fields = List.copyOf(fields);
    requireNonNull(agreement, "agreement");
  }
}
