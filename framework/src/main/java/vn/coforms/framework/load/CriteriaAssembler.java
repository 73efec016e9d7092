package vn.coforms.framework.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.coforms.framework.model.Criteria;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.RvcBounds;

/**
 * Builds the criterion grammar; every pattern must compile and RVC bounds need an {@code rvc}
 * group.
 */
final class CriteriaAssembler {
  private final Problems problems;

  CriteriaAssembler(Problems problems) {
    this.problems = problems;
  }

  Criteria criteria(Node n) {
    List<CriterionKind> kinds = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node k : n.list("kinds")) {
      String id = k.text("id");
      if (!ids.add(id)) {
        problems.error(
            "criteria.duplicate-id",
            k.get("id").valueAt(),
            "criterion kind '" + id + "' is declared twice",
            "rename one");
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(k.text("pattern"));
      } catch (PatternSyntaxException e) {
        problems.error(
            "criteria.pattern",
            k.get("pattern").valueAt(),
            "criterion pattern '"
                + k.text("pattern")
                + "' of kind '"
                + id
                + "' does not compile: "
                + e.getDescription()
                + " near index "
                + e.getIndex(),
            "write a Java regular expression; inside double quotes write \\\\d for \\d");
        continue;
      }
      Optional<String> unsafe = RegexShape.problem(pattern.pattern());
      if (unsafe.isPresent()) {
        problems.error(
            "criteria.regex-unsafe",
            k.get("pattern").valueAt(),
            "criterion pattern '"
                + pattern.pattern()
                + "' of kind '"
                + id
                + "' can take exponential time: "
                + unsafe.get(),
            RegexShape.FIX);
        continue;
      }
      Optional<RvcBounds> rvc = Optional.empty();
      if (k.has("rvc")) {
        Node r = k.get("rvc");
        if (!k.text("pattern").contains("(?<rvc>")) {
          problems.error(
              "criteria.rvc-group",
              k.get("rvc").at(),
              "kind '" + id + "' declares RVC bounds but its pattern captures no percentage",
              "capture the number in a named group: (?<rvc>\\\\d{1,3})%");
        }
        rvc =
            Optional.of(
                new RvcBounds(
                    r.number("min"), r.number("max"), r.bilingual("message"), r.text("source")));
        if (!k.bool("usesRvc", true)) {
          problems.error(
              "criteria.rvc-flag",
              k.get("usesRvc").valueAt(),
              "kind '" + id + "' declares RVC bounds but says usesRvc: false",
              "remove 'usesRvc: false'");
        }
      }
      kinds.add(
          new CriterionKind(
              id,
              pattern,
              k.bool("usesRvc", rvc.isPresent()),
              rvc,
              k.text("circumstance"),
              k.text("insert"),
              k.at()));
    }
    return new Criteria(n.text("heading"), n.text("insertHeading"), kinds);
  }
}
