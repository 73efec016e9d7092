package vn.coforms.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.YamlMappers;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.fonts.FontBook;
import vn.coforms.server.cli.CoformsCommand;
import vn.coforms.server.cli.Services;

/** Builds the object graph once and hands it to the command line. Nothing else creates services. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CoformsCommand(services()));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          command
              .getErr()
              .println(
                  "coforms "
                      + command.getCommandName()
                      + ": internal error: "
                      + describe(e)
                      + " (this is a bug in coforms; please report it with the command and its"
                      + " input files)");
          return 2;
        });
    return cli.execute(args);
  }

  /**
   * The object graph, built once per run: the clock, the template engine, the fonts, and the
   * stateless loader, reader, validator and renderer over them. The YAML mapper and the certificate
   * reader are built on threads of their own while the template engine is built here: none needs
   * another, and each mostly loads its library's classes, which two cores do faster side by side.
   */
  static Services services() {
    Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    CompletableFuture<ObjectMapper> yaml =
        CompletableFuture.supplyAsync(YamlMappers::forms, Main::onItsOwnThread);
    CompletableFuture<CertificateReader> reader =
        CompletableFuture.supplyAsync(CertificateReader::new, Main::onItsOwnThread);
    TemplateEngine templates = new TemplateEngine();
    CertificateValidator validator = new CertificateValidator(clock);
    return new Services(
        new FormLoader(yaml.join(), templates),
        reader.join(),
        validator,
        new CertificateRenderer(FontBook.fromClasspath(), templates, validator),
        clock,
        new SecureRandom());
  }

  /** Runs one step of building the services on a daemon thread (it never keeps the JVM alive). */
  private static void onItsOwnThread(Runnable step) {
    Thread thread = new Thread(step, "coforms-services");
    thread.setDaemon(true);
    thread.start();
  }

  /** A qualified Java name ({@code java.util.List}, {@code org.apache.pdfbox.Foo}). */
  private static final java.util.regex.Pattern JAVA_NAME =
      java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

  /**
   * What went wrong in one line: the messages of the failure and its causes, no class names (a
   * message that names a Java class, such as a null-pointer message, is left out).
   */
  static String describe(Throwable e) {
    java.util.List<String> messages = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && messages.size() < 4; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && !JAVA_NAME.matcher(m).find()) {
        String line = m.strip().lines().findFirst().orElse("");
        if (messages.stream().noneMatch(x -> x.contains(line))) {
          messages.add(line);
        }
      }
    }
    return messages.isEmpty()
        ? "an unexpected failure without a message"
        : String.join(": ", messages);
  }
}
