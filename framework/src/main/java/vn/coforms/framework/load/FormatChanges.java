package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.diag.Diagnostic;

/**
 * What changed meaning between an older format version and {@link FormatVersion#CURRENT}: for a
 * file written for an older version, one located {@code format.changed} error for each place that
 * would now mean something else, with what to write instead. A file with none loads unchanged.
 *
 * <p>Format 0 is the format before files declared a version. Since then two defaults changed
 * meaning (docs/format.md, "Compatibility"):
 *
 * <ul>
 *   <li>filled-in data printed in the label face (Liberation Serif); format 1 prints it in
 *       Liberation Mono unless {@code layout.dataFace} says otherwise;
 *   <li>the certificate was dated by the fields named {@code certificationDate}, then {@code
 *       declarationDate}; format 1 dates it by {@code issuance.dateFields}, else by the first
 *       filled date field in the order declared.
 * </ul>
 */
final class FormatChanges {
  /** The date fields format 0 dated a certificate by, in order of preference. */
  private static final List<String> FORMAT_0_DATE_FIELDS =
      List.of("certificationDate", "declarationDate");

  private FormatChanges() {}

  /** The places in {@code root} (a form file written for {@code version}) that changed meaning. */
  static List<Diagnostic> since(int version, JsonNode root, SourceMap sources) {
    List<Diagnostic> out = new ArrayList<>();
    if (version < 1) {
      dataFace(root, sources, out);
      dateFields(root, sources, out);
    }
    return out;
  }

  private static void dataFace(JsonNode root, SourceMap sources, List<Diagnostic> out) {
    JsonNode layout = root.path("layout");
    if (layout.isObject() && !layout.has("dataFace")) {
      out.add(
          Diagnostic.error(
              "format.changed",
              sources.locate("/layout"),
              "written for format 0: 'layout' has no 'dataFace', so its filled-in data printed in"
                  + " Liberation Serif; from format 1 it prints in Liberation Mono",
              "write 'dataFace: serif' under 'layout:' to keep printing as before (or 'dataFace:"
                  + " mono' for the typewritten face), then 'format: 1'"));
    }
  }

  private static void dateFields(JsonNode root, SourceMap sources, List<Diagnostic> out) {
    JsonNode issuance = root.path("issuance");
    if (!issuance.isObject() || issuance.has("dateFields")) {
      return;
    }
    List<String> dates = new ArrayList<>();
    root.path("fields")
        .forEach(
            f -> {
              if ("date".equals(f.path("type").asText())) {
                dates.add(f.path("id").asText());
              }
            });
    List<String> before = FORMAT_0_DATE_FIELDS.stream().filter(dates::contains).toList();
    if (before.isEmpty() || dates.subList(0, before.size()).equals(before)) {
      return;
    }
    String list = "[" + String.join(", ", before) + "]";
    out.add(
        Diagnostic.error(
            "format.changed",
            sources.locate("/issuance"),
            "written for format 0: 'issuance' has no 'dateFields', so the certificate was dated by "
                + String.join(", then ", before)
                + "; from format 1 it is dated by the first filled date field in the order"
                + " declared ("
                + String.join(", ", dates)
                + ")",
            "write 'dateFields: " + list + "' under 'issuance:' to keep that, then 'format: 1'"));
  }
}
