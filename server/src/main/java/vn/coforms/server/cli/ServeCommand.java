package vn.coforms.server.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.server.http.CoformsServer;
import vn.coforms.server.reload.LiveForms;
import vn.coforms.server.web.Screens;

/**
 * {@code coforms serve [--port N] [--host H] [--forms DIR]}: loads the forms, refuses to start if
 * any has an error, and serves the API until Ctrl-C or SIGTERM. With {@code --forms DIR} the folder
 * reloads live when a file in it is saved.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the embedded server (entry screens at /, JSON API under /api).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Mixin FormsOption forms;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "localhost",
      description =
          "The interface to listen on; 0.0.0.0 for every one (default: ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("coforms serve: --port " + port + " is not a port; use 0 to 65535 (0: any free)");
      return 2;
    }
    // The server is built (its classes loaded) on a second thread while the forms load; it only
    // starts listening once they have loaded without error.
    CurrentCatalogue catalogue = new CurrentCatalogue(Catalogue.empty());
    JsonMapper mapper = JsonMapper.builder().build();
    Consumer<String> log =
        message -> {
          err.println("coforms serve: " + message);
          err.flush();
        };
    Path watched = forms.formsDir;
    LiveForms live =
        watched == null
            ? LiveForms.fixed(catalogue, mapper)
            : LiveForms.watching(
                watched, parent.services.loader(), catalogue, parent.services.clock(), mapper, log);
    FutureTask<CoformsServer> building =
        new FutureTask<>(
            () ->
                new CoformsServer(
                    parent.services.reader(),
                    parent.services.validator(),
                    parent.services.renderer(),
                    catalogue,
                    mapper,
                    log,
                    host,
                    port,
                    new Screens(
                        catalogue,
                        parent.services.reader(),
                        parent.services.validator(),
                        parent.services.renderer(),
                        parent.services.clock(),
                        parent.services.random(),
                        live::status,
                        log),
                    live.routes(),
                    live.services()));
    background("coforms-serve-build", building);
    LoadResult loaded = forms.load(parent.services);
    if (loaded.hasErrors()) {
      err.print(loaded.report());
      err.println("coforms serve: not started; fix the errors above and run it again");
      return 1;
    }
    catalogue.replace(loaded);
    live.started(loaded);
    CoformsServer server = built(building);
    server.start();
    out.println("coforms listening on " + server.uri());
    if (watched != null) {
      out.println("coforms reloads the forms in " + watched + " when a file is saved");
    }
    out.flush();
    // Fonts are read at the first render, or here, in the background, once the server listens.
    background(
        "coforms-font-warmup",
        () -> {
          try {
            parent.services.renderer().loadFonts();
          } catch (RuntimeException e) {
            err.println(
                "coforms serve: the fonts could not be read in advance; the first render will say"
                    + " why");
            err.flush();
          }
        });
    server.join();
    return 0;
  }

  /** Runs {@code task} on a daemon thread of its own: it never keeps the JVM alive. */
  private static void background(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The server {@code building} built, or what failed while it was built, rethrown. */
  private static CoformsServer built(FutureTask<CoformsServer> building) throws Exception {
    try {
      return building.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
