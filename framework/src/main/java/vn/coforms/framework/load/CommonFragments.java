package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.WorkingDays;

/**
 * The parsed files of {@code forms/common/}: reference targets, countries, holidays, shared rules.
 *
 * @param documents the files that loaded, by name, with their own references resolved
 * @param broken the names of the files that have errors (reported when they were loaded)
 */
record CommonFragments(Map<String, YamlDocument> documents, Set<String> broken) {
  static final String HOLIDAYS = "holidays";

  CommonFragments {
    documents = Map.copyOf(documents);
    broken = Set.copyOf(broken);
  }

  Map<String, Country> countries() {
    Map<String, Country> out = new LinkedHashMap<>();
    Optional.ofNullable(documents.get("countries"))
        .ifPresent(
            doc ->
                doc.root()
                    .path("countries")
                    .properties()
                    .forEach(
                        e ->
                            out.put(
                                e.getKey(),
                                new Country(
                                    e.getKey(),
                                    new Bilingual(
                                        e.getValue().path("en").asText(),
                                        e.getValue().path("vi").asText())))));
    return out;
  }

  /**
   * The holiday calendar, or empty when {@code holidays.yaml} is missing or has an error: a
   * calendar with a holiday missing would count a day off as a working day, so there is none.
   */
  Optional<WorkingDays> calendar() {
    YamlDocument doc = documents.get(HOLIDAYS);
    if (doc == null || broken.contains(HOLIDAYS)) {
      return Optional.empty();
    }
    Set<LocalDate> days = new HashSet<>();
    for (JsonNode h : doc.root().path(HOLIDAYS)) {
      CalendarDates.parse(h.path("date").asText()).ifPresent(days::add); // checked when loaded
    }
    return Optional.of(new WorkingDays(days));
  }

  /** Why {@link #calendar()} is empty, as the end of a sentence. */
  String calendarProblem() {
    return broken.contains(HOLIDAYS)
        ? "forms/common/holidays.yaml has errors (reported on their lines)"
        : "forms/common/holidays.yaml does not exist";
  }

  /** The shared rules, as nodes of their own file (so diagnostics point into rules.yaml). */
  List<Node> rules() {
    YamlDocument doc = documents.get("rules");
    return doc == null ? List.of() : new Node(doc.root(), "", doc.sources()).list("rules");
  }
}
