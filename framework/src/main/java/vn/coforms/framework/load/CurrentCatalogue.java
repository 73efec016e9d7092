package vn.coforms.framework.load;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.Catalogue;

/**
 * The catalogue in force: one snapshot, replaced atomically by a reload that loaded without errors.
 * A reload with any error leaves the snapshot in force as it was and reports why.
 *
 * <p>Readers take {@link #get()} once per request and pass that snapshot to every service the
 * request calls, so a request never sees part of one catalogue and part of another. Thread-safe.
 */
public final class CurrentCatalogue {
  private final AtomicReference<Catalogue> current;

  public CurrentCatalogue(Catalogue initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** The snapshot in force now. */
  public Catalogue get() {
    return Objects.requireNonNull(current.get(), "never set to null");
  }

  /**
   * Puts the catalogue of {@code reload} in force if it loaded without errors (warnings do not stop
   * it); otherwise keeps the one in force.
   *
   * @return what happened: whether it was replaced, the snapshot in force afterwards, and the
   *     reload's diagnostics
   */
  public Reload replace(LoadResult reload) {
    if (reload.hasErrors()) {
      return new Reload(false, get(), reload.diagnostics());
    }
    current.set(reload.catalogue());
    return new Reload(true, reload.catalogue(), reload.diagnostics());
  }

  /**
   * The outcome of {@link #replace}.
   *
   * @param replaced whether the reloaded catalogue is now in force
   * @param inForce the snapshot in force after the call
   * @param diagnostics every diagnostic of the reload; its errors when it was refused
   */
  public record Reload(boolean replaced, Catalogue inForce, List<Diagnostic> diagnostics) {
    public Reload {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
