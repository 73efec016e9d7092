package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;

/**
 * Reads the dates of definition files strictly: {@code YYYY-MM-DD}, a day that exists. Every bad
 * value is a located {@code value.date} diagnostic, never a parse exception.
 */
final class CalendarDates {
  /** The keys that hold dates in forms and shared fragments (see the schema's date pattern). */
  static final Set<String> DATE_KEYS = Set.of("date", "from", "to", "signed");

  private static final Pattern SHAPE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");

  private CalendarDates() {}

  /** The date written at {@code text}, or a description of why it is not one. */
  static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The located diagnostic for a value at {@code where} that is not a date. */
  static Diagnostic problem(String text, String where, SourceRef at) {
    return Diagnostic.error(
        "value.date",
        at,
        "'" + where + "': '" + text + "' is not a date: " + why(text),
        "write an existing day as YYYY-MM-DD, e.g. 2025-01-01");
  }

  /** Every date-keyed value of {@code doc} that is not an existing day, each on its line. */
  static List<Diagnostic> check(YamlDocument doc) {
    List<Diagnostic> out = new ArrayList<>();
    walk(doc.root(), "", doc, out);
    return out;
  }

  private static void walk(JsonNode node, String pointer, YamlDocument doc, List<Diagnostic> out) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                JsonNode value = e.getValue();
                if (DATE_KEYS.contains(e.getKey())
                    && value.isTextual()
                    && parse(value.asText()).isEmpty()) {
                  out.add(
                      problem(
                          value.asText(), Paths.dotted(child), doc.sources().locateValue(child)));
                } else {
                  walk(value, child, doc, out);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, doc, out);
      }
    }
  }

  private static String why(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      return "expected four-digit year, two-digit month and two-digit day, e.g. 2025-01-01";
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return "there is no month " + month + " (months are 01–12)";
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    return "day "
        + day
        + " does not exist; "
        + Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
        + " "
        + year
        + " has "
        + length
        + " days";
  }
}
