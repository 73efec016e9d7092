package vn.coforms.server.reload;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.util.component.LifeCycle;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.server.http.Route;

/**
 * The forms' problems routes and, for an editable forms folder, the watcher that reloads it: what
 * the server is given. This is the only public entry point into {@code reload}.
 */
public final class LiveForms {
  private final List<Route> routes;
  private final List<LifeCycle> services;
  private final @Nullable Reloader reloader;
  private final FormProblems problems;
  private final CurrentCatalogue current;

  private LiveForms(
      FormProblems problems,
      CurrentCatalogue current,
      ObjectMapper mapper,
      List<LifeCycle> services,
      @Nullable Reloader reloader) {
    this.problems = problems;
    this.current = current;
    this.routes = List.of(problemsRoute(problems, current, mapper));
    this.services = List.copyOf(services);
    this.reloader = reloader;
  }

  /**
   * Forms that reload live from {@code formsDir}: the watcher (a service of the server) and the
   * problems routes.
   *
   * <p>Call {@link #started} with the first load once it is in force, before the server starts.
   *
   * @param clock the time the debounce of a burst of changes is measured with
   * @param log where reloads and their diagnostics are reported, one line each
   */
  public static LiveForms watching(
      Path formsDir,
      FormLoader loader,
      CurrentCatalogue current,
      Clock clock,
      ObjectMapper mapper,
      Consumer<String> log) {
    FormProblems problems = new FormProblems();
    Reloader reloader = new Reloader(formsDir, loader, current, problems, log);
    return new LiveForms(
        problems,
        current,
        mapper,
        List.of(new FormsWatcher(formsDir, reloader, clock, log)),
        reloader);
  }

  /**
   * Records the problems of the load the server starts with (the catalogue in force), without
   * logging them again.
   */
  public void started(LoadResult initial) {
    if (reloader != null) {
      reloader.started(initial);
    }
  }

  /** Forms that never change (the bundled ones): the problems routes, always clean. */
  public static LiveForms fixed(CurrentCatalogue current, ObjectMapper mapper) {
    return new LiveForms(new FormProblems(), current, mapper, List.of(), null);
  }

  /**
   * The state of form {@code id} for its problems page ({@code GET /forms/{id}/problems}, drawn by
   * the screens); empty when {@code id} does not have the shape of a form id.
   */
  public Optional<FormStatus> status(String id) {
    return FormStatus.of(id, problems, current);
  }

  /** {@code GET /api/forms/{id}/problems}: the problems of a form as JSON. */
  public List<Route> routes() {
    return routes;
  }

  /** What starts and stops with the server: the folder watcher, if any. */
  public List<LifeCycle> services() {
    return services;
  }

  private static Route problemsRoute(
      FormProblems problems, CurrentCatalogue current, ObjectMapper mapper) {
    return new Route(
        "GET", "/api/forms/{id}/problems", new ProblemsJsonEndpoint(problems, current, mapper));
  }
}
