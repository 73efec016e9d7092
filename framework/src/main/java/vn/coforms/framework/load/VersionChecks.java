package vn.coforms.framework.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.FormVersion;

/**
 * Checks the versions of each form against each other once every file has loaded: {@code
 * version.of} names a loaded form that is itself a version of that form; no two versions for the
 * same importing parties apply to one day ({@code version.same-window}, {@code version.overlap});
 * the versions for every importer leave no day uncovered between them ({@code version.gap}).
 * Versions limited to importers are exceptions to the unlimited ones, so they may overlap those and
 * need not be contiguous.
 */
final class VersionChecks {
  private VersionChecks() {}

  /**
   * @param files the ids of every form file of the folder, loaded or not (a version of a form whose
   *     head did not load is not told twice)
   */
  static List<Diagnostic> check(Collection<FormDefinition> forms, Set<String> files) {
    Map<String, List<FormDefinition>> groups = new LinkedHashMap<>();
    Map<String, FormDefinition> byId = new LinkedHashMap<>();
    forms.forEach(f -> byId.put(f.id(), f));
    forms.forEach(
        f ->
            f.version()
                .ifPresent(v -> groups.computeIfAbsent(v.of(), k -> new ArrayList<>()).add(f)));
    List<Diagnostic> out = new ArrayList<>();
    groups.forEach(
        (of, versions) -> {
          FormDefinition head = byId.get(of);
          if (head == null && !files.contains(of)) {
            versions.forEach(
                f ->
                    out.add(
                        Diagnostic.error(
                            "version.unknown-form",
                            f.version().orElseThrow().ofAt(),
                            "'version.of' names form '"
                                + of
                                + "', which no file of this folder declares"
                                + DidYouMean.hint(of, byId.keySet()),
                            "name the id of the form this file is a version of (its newest"
                                + " version is forms/<id>.yaml with 'version.of: <id>')")));
          } else if (head != null && head.version().isEmpty()) {
            versions.forEach(
                f ->
                    out.add(
                        Diagnostic.error(
                            "version.unknown-form",
                            f.version().orElseThrow().ofAt(),
                            "'version.of' names form '"
                                + of
                                + "', which declares no 'version:' of its own",
                            "add 'version: { of: "
                                + of
                                + ", name: …, from: … }' to "
                                + of
                                + ".yaml, or name another form")));
          }
          pairs(versions, out);
          gaps(versions, out);
        });
    return out;
  }

  private static void pairs(List<FormDefinition> versions, List<Diagnostic> out) {
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        FormDefinition first = versions.get(i);
        FormDefinition later = versions.get(j);
        FormVersion a = first.version().orElseThrow();
        FormVersion b = later.version().orElseThrow();
        if (a.limited() != b.limited() || !sameParties(a, b) || !intersect(a, b)) {
          continue;
        }
        boolean same = a.from().equals(b.from()) && a.until().equals(b.until());
        out.add(
            Diagnostic.error(
                same ? "version.same-window" : "version.overlap",
                b.at(),
                "version \""
                    + b.name()
                    + "\" ("
                    + b.window()
                    + ") and version \""
                    + a.name()
                    + "\" of "
                    + first.id()
                    + ".yaml ("
                    + a.window()
                    + ")"
                    + (same ? " have the same window" : " both apply to " + common(a, b))
                    + ", so a certificate of those days fits both",
                "make the windows meet without overlapping: one version's 'until' is the day"
                    + " before the other's 'from'"));
      }
    }
  }

  private static boolean sameParties(FormVersion a, FormVersion b) {
    return !a.limited() || a.importers().stream().anyMatch(b.importers()::contains);
  }

  private static boolean intersect(FormVersion a, FormVersion b) {
    return !after(a.from(), b.until()) && !after(b.from(), a.until());
  }

  private static boolean after(LocalDate day, Optional<LocalDate> until) {
    return until.map(day::isAfter).orElse(false);
  }

  private static String common(FormVersion a, FormVersion b) {
    LocalDate from = a.from().isAfter(b.from()) ? a.from() : b.from();
    return "the days from " + from;
  }

  /** Unlimited versions, in order of their first day, must follow each other without a day off. */
  private static void gaps(List<FormDefinition> versions, List<Diagnostic> out) {
    List<FormVersion> open =
        versions.stream()
            .map(f -> f.version().orElseThrow())
            .filter(v -> !v.limited())
            .sorted(Comparator.comparing(FormVersion::from))
            .toList();
    for (int i = 1; i < open.size(); i++) {
      FormVersion before = open.get(i - 1);
      FormVersion next = open.get(i);
      Optional<LocalDate> end = before.until();
      if (end.isPresent() && end.get().plusDays(1).isBefore(next.from())) {
        out.add(
            Diagnostic.error(
                "version.gap",
                next.at(),
                "no version applies from "
                    + end.get().plusDays(1)
                    + " to "
                    + next.from().minusDays(1)
                    + ": version \""
                    + before.name()
                    + "\" ends on "
                    + end.get()
                    + " and version \""
                    + next.name()
                    + "\" starts on "
                    + next.from(),
                "start this version on " + end.get().plusDays(1) + " or end the other later"));
      }
    }
  }
}
