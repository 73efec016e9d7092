package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Country;
import vn.coforms.framework.model.MissingForm;
import vn.coforms.framework.model.WorkingDays;

/**
 * The parsed files of {@code forms/common/}: reference targets, countries, holidays, shared rules,
 * forms not declared yet. A file's role comes from what it declares at its top level ({@code
 * countries:}, {@code holidays:}, {@code rules:}, {@code missing:}), never from its name, so the
 * fragments may be named and split as their authors like.
 *
 * @param documents the files that loaded, by name, with their own references resolved
 * @param broken the names of the files that have errors (reported when they were loaded)
 * @param declared the top-level keys of every file that parsed, by name, broken or not
 */
record CommonFragments(
    Map<String, YamlDocument> documents, Set<String> broken, Map<String, Set<String>> declared) {
  static final String COUNTRIES = "countries";
  static final String HOLIDAYS = "holidays";
  static final String RULES = "rules";
  static final String MISSING = "missing";

  CommonFragments {
    documents = Map.copyOf(documents);
    broken = Set.copyOf(broken);
    declared = Map.copyOf(declared);
  }

  Map<String, Country> countries() {
    Map<String, Country> out = new LinkedHashMap<>();
    for (YamlDocument doc : declaring(COUNTRIES)) {
      doc.root()
          .path(COUNTRIES)
          .properties()
          .forEach(
              e ->
                  out.put(
                      e.getKey(),
                      new Country(
                          e.getKey(),
                          new Bilingual(
                              e.getValue().path("en").asText(),
                              e.getValue().path("vi").asText()))));
    }
    return out;
  }

  /**
   * The holiday calendar, or empty when no shared file declares {@code holidays:} or one that
   * declares them has an error: a calendar with a holiday missing would count a day off as a
   * working day, so there is none.
   */
  Optional<WorkingDays> calendar() {
    List<YamlDocument> docs = declaring(HOLIDAYS);
    if (docs.isEmpty() || !brokenCalendarFiles().isEmpty()) {
      return Optional.empty();
    }
    Set<LocalDate> days = new HashSet<>();
    for (YamlDocument doc : docs) {
      for (JsonNode h : doc.root().path(HOLIDAYS)) {
        CalendarDates.parse(h.path("date").asText()).ifPresent(days::add); // checked when loaded
      }
    }
    return Optional.of(new WorkingDays(days));
  }

  /** Why {@link #calendar()} is empty, as the end of a sentence. */
  String calendarProblem() {
    List<String> broken = brokenCalendarFiles();
    if (!broken.isEmpty()) {
      return String.join(", ", broken) + " has errors (reported on their lines)";
    }
    List<String> unparsed =
        this.broken.stream()
            .sorted()
            .filter(name -> !declared.containsKey(name))
            .map(name -> "forms/common/" + name + ".yaml")
            .toList();
    return "no file in forms/common/ declares 'holidays:'"
        + (unparsed.isEmpty() ? "" : " (" + String.join(", ", unparsed) + " could not be read)");
  }

  /** The shared rules, as nodes of their own files (so diagnostics point into them). */
  List<Node> rules() {
    List<Node> out = new ArrayList<>();
    for (YamlDocument doc : declaring(RULES)) {
      out.addAll(new Node(doc.root(), "", doc.sources()).list(RULES));
    }
    return out;
  }

  /** The forms that cannot be declared yet ({@code missing:}), in file and list order. */
  List<MissingForm> missing() {
    List<MissingForm> out = new ArrayList<>();
    for (YamlDocument doc : declaring(MISSING)) {
      for (JsonNode m : doc.root().path(MISSING)) {
        out.add(
            new MissingForm(
                m.path("code").asText(),
                bilingual(m.path("agreement")),
                m.path("parties").asText(),
                m.path("procedure").asText(),
                bilingual(m.path("reason")),
                bilingual(m.path("needed"))));
      }
    }
    return out;
  }

  private static Bilingual bilingual(JsonNode node) {
    return new Bilingual(node.path("en").asText(), node.path("vi").asText());
  }

  /** The clean files that declare {@code key} at their top level, in file-name order. */
  private List<YamlDocument> declaring(String key) {
    return documents.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .filter(doc -> doc.root().has(key))
        .toList();
  }

  /** The broken files that declare holidays: leaving one out would silently drop holidays. */
  private List<String> brokenCalendarFiles() {
    return broken.stream()
        .sorted()
        .filter(name -> declared.getOrDefault(name, Set.of()).contains(HOLIDAYS))
        .map(name -> "forms/common/" + name + ".yaml")
        .toList();
  }
}
