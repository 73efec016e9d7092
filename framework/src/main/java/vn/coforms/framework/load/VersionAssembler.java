package vn.coforms.framework.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.coforms.framework.model.Agreement;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.FormVersion;
import vn.coforms.framework.model.Party;

/**
 * Reads a form file's {@code version:} and checks what one file can show: a window that ends before
 * it starts, importers that are no party, an importer field that is no top-level country field.
 * Checks across the versions of a form are {@link VersionChecks}.
 */
final class VersionAssembler {
  private final Problems problems;

  VersionAssembler(Problems problems) {
    this.problems = problems;
  }

  Optional<FormVersion> version(Node v, List<FieldDef> fields, Agreement agreement) {
    Optional<LocalDate> from = v.date("from", problems);
    Optional<LocalDate> until = v.date("until", problems);
    if (from.isEmpty()) {
      return Optional.empty();
    }
    if (until.isPresent() && until.get().isBefore(from.get())) {
      problems.error(
          "version.window",
          v.get("until").valueAt(),
          "'version.until' " + until.get() + " is before 'version.from' " + from.get(),
          "write the last day the version applies to (on or after " + from.get() + ")");
    }
    List<String> importers = v.strings("importers");
    Optional<String> importerField =
        v.has("importerField") ? Optional.of(v.text("importerField")) : Optional.empty();
    if (!importers.isEmpty() && importerField.isEmpty()) {
      problems.error(
          "version.importer-field",
          v.get("importers").at(),
          "'version.importers' limits the version to importing parties, but no"
              + " 'version.importerField' says which field holds the importing party",
          "add 'importerField: <id of the top-level country field of the importing party>'");
    }
    importerField.ifPresent(
        id -> {
          boolean country =
              fields.stream().anyMatch(f -> f.id().equals(id) && f.type() == FieldType.COUNTRY);
          if (!country) {
            problems.error(
                "version.importer-field",
                v.get("importerField").valueAt(),
                "'version.importerField' names '"
                    + id
                    + "', which is not a top-level country field of this form",
                "name the top-level field of type country that holds the importing party");
          }
        });
    List<String> parties = agreement.parties().stream().map(Party::country).toList();
    List<Node> listed = v.list("importers");
    for (Node importer : listed) {
      if (!parties.contains(importer.asText())) {
        problems.error(
            "version.importer",
            importer.valueAt(),
            "'version.importers' lists '"
                + importer.asText()
                + "', which is not a party of the agreement ("
                + String.join(", ", parties)
                + ")",
            "list only parties of the agreement");
      }
    }
    return Optional.of(
        new FormVersion(
            v.text("of"),
            v.text("name"),
            from.get(),
            until,
            importers,
            importerField,
            v.at(),
            v.get("of").valueAt()));
  }
}
