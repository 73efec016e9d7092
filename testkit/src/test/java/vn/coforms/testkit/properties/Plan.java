package vn.coforms.testkit.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.testkit.Certificates;

/**
 * The runs of the property tests: for every form of the catalogue, every issuance mode it allows,
 * the item counts 1, the front page's capacity, capacity + 1 and {@link #MANY} (or the form's
 * maxItems when smaller), and the selection's seeds (a third of them, at least one, for the largest
 * count: a certificate of 200 items costs as much as a hundred small ones).
 */
record Plan(List<FormPlan> forms, LocalDate today) {
  /** The largest item count tried. */
  static final int MANY = 200;

  /** One form's runs and the capacity they were derived from. */
  record FormPlan(FormDefinition form, int capacity, List<Integer> counts, List<Run> runs) {
    FormPlan {
      counts = List.copyOf(counts);
      runs = List.copyOf(runs);
    }
  }

  Plan {
    forms = List.copyOf(forms);
  }

  static Plan of(Certificates kit, Supply supply, Selection selection) {
    List<FormPlan> out = new ArrayList<>();
    List<FormDefinition> forms =
        kit.catalogue().forms().stream()
            .filter(f -> selection.form().map(f.id()::equals).orElse(true))
            .sorted(Comparator.comparing(FormDefinition::id))
            .toList();
    for (FormDefinition form : forms) {
      out.add(plan(kit, supply, selection, form));
    }
    return new Plan(out, kit.today());
  }

  private static FormPlan plan(
      Certificates kit, Supply supply, Selection selection, FormDefinition form) {
    int maxItems = ((FieldSpec.Group) Supply.itemGroup(form).spec()).maxItems();
    IssuanceMode first = form.issuance().modes().get(0);
    int capacity =
        FrontPageCapacity.of(
            kit, n -> supply.certificate(new Run(form.id(), first, n, 1, kit.today())), maxItems);
    TreeSet<Integer> counts = new TreeSet<>();
    counts.add(1);
    counts.add(capacity);
    counts.add(Math.min(capacity + 1, maxItems));
    counts.add(Math.min(MANY, maxItems));
    List<Run> runs = new ArrayList<>();
    for (IssuanceMode mode : form.issuance().modes()) {
      for (int count : counts) {
        boolean many = count == counts.last() && count > capacity + 1;
        int atMost = many ? Math.max(1, selection.seeds() / 3) : selection.seeds();
        for (long seed : selection.seedsToRun(atMost)) {
          Run run = new Run(form.id(), mode, count, seed, kit.today());
          if (selection.filter().test(run)) {
            runs.add(run);
          }
        }
      }
    }
    return new FormPlan(form, capacity, List.copyOf(counts), runs);
  }

  Stream<Run> runs() {
    return forms.stream().flatMap(f -> f.runs().stream());
  }
}
