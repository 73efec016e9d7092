package vn.coforms.server.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.LoadResult;
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
    LoadResult loaded = forms.load(parent.services);
    if (loaded.hasErrors()) {
      err.print(loaded.report());
      err.println("coforms serve: not started; fix the errors above and run it again");
      return 1;
    }
    CurrentCatalogue current = new CurrentCatalogue(loaded.catalogue());
    JsonMapper mapper = JsonMapper.builder().build();
    Consumer<String> log =
        message -> {
          err.println("coforms serve: " + message);
          err.flush();
        };
    Screens screens =
        new Screens(
            current,
            parent.services.reader(),
            parent.services.validator(),
            parent.services.renderer(),
            parent.services.clock(),
            parent.services.random(),
            log);
    Path watched = forms.formsDir;
    LiveForms live =
        watched == null
            ? LiveForms.fixed(current, mapper)
            : LiveForms.watching(
                watched,
                parent.services.loader(),
                loaded,
                current,
                parent.services.clock(),
                mapper,
                log);
    CoformsServer server =
        new CoformsServer(
            parent.services.reader(),
            parent.services.validator(),
            parent.services.renderer(),
            current,
            mapper,
            log,
            host,
            port,
            screens,
            live.routes(),
            live.services());
    server.start();
    out.println("coforms listening on " + server.uri());
    if (watched != null) {
      out.println("coforms reloads the forms in " + watched + " when a file is saved");
    }
    out.flush();
    server.join();
    return 0;
  }
}
