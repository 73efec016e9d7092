package vn.coforms.framework.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.model.Bilingual;

/**
 * Keeps at most {@value #PER_RULE} findings of each rule, in order, and after them one finding per
 * rule that was cut saying how many more there were: a report a person can read, of bounded size.
 */
final class FindingCap {
  static final int PER_RULE = 50;

  private FindingCap() {}

  static List<Finding> apply(List<Finding> findings) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    Map<String, Finding> firstCut = new LinkedHashMap<>();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      int n = seen.merge(f.ruleId(), 1, Integer::sum);
      if (n <= PER_RULE) {
        kept.add(f);
      } else {
        firstCut.putIfAbsent(f.ruleId(), f);
      }
    }
    firstCut.forEach(
        (rule, f) -> {
          int more = seen.getOrDefault(rule, PER_RULE) - PER_RULE;
          kept.add(
              new Finding(
                  rule,
                  f.severity(),
                  f.box(),
                  "",
                  java.util.OptionalInt.empty(),
                  new Bilingual(
                      "… and " + more + " more finding(s) of " + rule + " not listed.",
                      "… và " + more + " lỗi " + rule + " khác không liệt kê."),
                  f.source()));
        });
    return List.copyOf(kept);
  }
}
