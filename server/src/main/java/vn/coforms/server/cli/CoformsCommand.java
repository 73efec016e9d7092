package vn.coforms.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code coforms}: the root command. */
@Command(
    name = "coforms",
    mixinStandardHelpOptions = true,
    version = "coforms 0.1.0",
    // subcommands inherit the version, so `coforms lint --version` prints it too
    scope = ScopeType.INHERIT,
    description =
        "Certificates of Origin declared in YAML: lint forms, validate and render certificates.",
    subcommands = {
      LintCommand.class,
      PreviewCommand.class,
      ValidateCommand.class,
      RenderCommand.class,
      SamplesCommand.class,
      GenerateCommand.class,
      ServeCommand.class
    })
public final class CoformsCommand implements Runnable {
  final Services services;

  public CoformsCommand(Services services) {
    this.services = services;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this),
        "name a command: lint, preview, validate, render, samples, generate, serve");
  }
}
