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
 */
record CommonFragments(Map<String, YamlDocument> documents) {
  CommonFragments {
    documents = Map.copyOf(documents);
  }

  Map<String, JsonNode> trees() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    documents.forEach((name, doc) -> out.put(name, doc.root()));
    return out;
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

  WorkingDays workingDays() {
    Set<LocalDate> days = new HashSet<>();
    Optional.ofNullable(documents.get("holidays"))
        .ifPresent(
            doc ->
                doc.root()
                    .path("holidays")
                    .forEach(h -> days.add(LocalDate.parse(h.path("date").asText()))));
    return new WorkingDays(days);
  }

  /** The shared rules, as nodes of their own file (so diagnostics point into rules.yaml). */
  List<Node> rules() {
    YamlDocument doc = documents.get("rules");
    return doc == null ? List.of() : new Node(doc.root(), "", doc.sources()).list("rules");
  }
}
