package vn.coforms.framework.validate;

import java.util.List;

/**
 * The ids of the checks every form gets from the engine; each has a page {@code
 * docs/rules/<id>.md}.
 */
public final class BuiltInChecks {
  public static final List<String> IDS =
      List.of(
          "form.version",
          "field.unknown",
          "field.required",
          "field.read-only",
          "field.type",
          "field.max-length",
          "field.max-lines",
          "field.date",
          "field.number",
          "field.negative",
          "field.character",
          "field.country",
          "field.party",
          "field.hs-code",
          "field.criterion",
          "field.enum",
          "group.min-items",
          "group.max-items",
          "criterion.rvc-bounds",
          "issuance.mode-not-allowed",
          "issuance.tick-mirrors-mode",
          "rule.failed");

  private BuiltInChecks() {}
}
