package vn.coforms.renderer.layout;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.PageDef;

/**
 * The size and page count of each overleaf's notes, worked out once per form definition: they
 * depend on the definition alone (its notes, parties, criteria and page), never on the certificate,
 * and finding the size lays the notes out up to five times. Keyed by the definition's identity (a
 * definition is immutable; a reloaded form is a new one); when more than {@link #MAX_FORMS}
 * definitions have been seen, the oldest entries are forgotten all at once. Thread-safe.
 */
final class OverleafFits {
  /** Far more than a catalogue holds, even after many reloads. */
  static final int MAX_FORMS = 64;

  private final IdentityHashMap<FormDefinition, Map<String, Fit>> byForm = new IdentityHashMap<>();
  private final int maxForms;

  OverleafFits() {
    this(MAX_FORMS);
  }

  /** Remembers at most {@code maxForms} definitions. */
  OverleafFits(int maxForms) {
    this.maxForms = maxForms;
  }

  /** The notes' size in points and how many pages they take at that size. */
  record Fit(double sizePt, int pages) {}

  /** The fit of {@code page}'s notes, from {@code work} the first time it is asked for. */
  Fit fit(FormDefinition form, PageDef page, Supplier<Fit> work) {
    synchronized (byForm) {
      Map<String, Fit> fits = byForm.get(form);
      if (fits != null && fits.containsKey(page.id())) {
        return fits.get(page.id());
      }
    }
    Fit fit = work.get();
    synchronized (byForm) {
      if (!byForm.containsKey(form) && byForm.size() >= maxForms) {
        byForm.clear();
      }
      byForm.computeIfAbsent(form, f -> new HashMap<>()).putIfAbsent(page.id(), fit);
    }
    return fit;
  }

  /** How many form definitions are remembered. */
  int size() {
    synchronized (byForm) {
      return byForm.size();
    }
  }
}
