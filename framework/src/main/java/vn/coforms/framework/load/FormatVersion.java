package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;

/**
 * Reads the {@code format:} a definition file declares: the version of the definition format it was
 * written for (docs/format.md, "Compatibility"). The current version loads; an older one loads when
 * nothing it uses changed meaning since ({@link FormatChanges} says what did); a newer one, or a
 * value that is no version, stops the file before anything else is checked.
 */
final class FormatVersion {
  /** The format version this coforms writes and reads. */
  static final int CURRENT = 1;

  /** The oldest format version this coforms still reads. */
  static final int OLDEST = 0;

  private static final String KEY = "format";

  private FormatVersion() {}

  /**
   * What a file declares.
   *
   * @param readAs the version to read the file as ({@link #CURRENT} when it declares none)
   * @param declared whether the file declares a version at all
   * @param problems the diagnostics about the declaration itself
   * @param stop whether the file must not be checked further (a newer or unreadable version: its
   *     keys cannot be judged)
   */
  record Declared(int readAs, boolean declared, List<Diagnostic> problems, boolean stop) {
    Declared {
      problems = List.copyOf(problems);
    }
  }

  /** The version a form file declares; a form file must declare one. */
  static Declared ofForm(YamlDocument doc) {
    return read(doc, true);
  }

  /** The version a shared file under {@code common/} declares, if any. */
  static Declared ofShared(YamlDocument doc) {
    return read(doc, false);
  }

  private static Declared read(YamlDocument doc, boolean required) {
    JsonNode value = doc.root().path(KEY);
    if (value.isMissingNode() || !doc.root().isObject()) {
      if (!required || !doc.root().isObject()) {
        return new Declared(CURRENT, false, List.of(), false);
      }
      return new Declared(
          CURRENT,
          false,
          List.of(
              Diagnostic.error(
                  "format.missing",
                  new SourceRef(doc.file(), 1, 1),
                  "the form file does not say which format version it was written for",
                  "add 'format: "
                      + CURRENT
                      + "' at the top level (the line after the modeline) if it was written for"
                      + " this coforms; see docs/format.md, \"Compatibility\"")),
          false);
    }
    SourceRef at = doc.sources().locateValue("/" + KEY);
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < OLDEST) {
      return new Declared(
          CURRENT,
          true,
          List.of(
              Diagnostic.error(
                  "format.invalid",
                  at,
                  "'format: " + value.asText() + "' is not a format version",
                  "write the whole number of the format version the file was written for, e.g."
                      + " 'format: "
                      + CURRENT
                      + "'")),
          true);
    }
    int version = value.intValue();
    if (version > CURRENT) {
      return new Declared(
          version,
          true,
          List.of(
              Diagnostic.error(
                  "format.newer",
                  at,
                  "written for format "
                      + version
                      + "; this coforms reads format "
                      + CURRENT
                      + " and older",
                  "update coforms to a release that reads format " + version)),
          true);
    }
    return new Declared(version, true, List.of(), false);
  }
}
