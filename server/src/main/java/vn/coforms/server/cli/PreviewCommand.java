package vn.coforms.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.renderer.RenderOptions;

/**
 * {@code coforms preview --form ID -o OUT.pdf [--mode MODE]}: the form's layout with every field
 * showing its id, every tick ticked, three items — for ministry staff editing a form's YAML.
 */
@Command(
    name = "preview",
    description = "Render a form's layout with placeholder data (field ids), marked SPECIMEN.")
final class PreviewCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = "--form",
      required = true,
      description = "The form id, e.g. d, e, rcep, eur1-evfta.")
  String form;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "The PDF to write.")
  Path output;

  @Option(
      names = "--mode",
      defaultValue = "normal",
      description = "The issuance mode to show (default: ${DEFAULT-VALUE}).")
  String mode;

  @Mixin FormsOption forms;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<String> unwritable = OutputFile.checkFile(output);
    if (unwritable.isPresent()) {
      spec.commandLine().getErr().println(unwritable.get());
      return OutputFile.EXIT_CODE;
    }
    LoadResult loaded = forms.load(parent.services);
    var definition = loaded.catalogue().form(form);
    var issuance = IssuanceMode.fromJson(mode);
    if (definition.isEmpty()
        || issuance.isEmpty()
        || !definition.get().issuance().modes().contains(issuance.get())) {
      out.print(loaded.report());
      out.println(
          "error: "
              + (definition.isEmpty()
                  ? "form '" + form + "' is not loaded"
                  : "form '"
                      + form
                      + "' has no issuance mode '"
                      + mode
                      + "'; modes: "
                      + definition.get().issuance().modes().stream()
                          .map(IssuanceMode::jsonName)
                          .toList()));
      out.flush();
      return 1;
    }
    FormDefinition f = definition.get();
    byte[] pdf =
        parent
            .services
            .renderer(loaded.catalogue())
            .render(
                Placeholders.placeholder(f, issuance.get()), RenderOptions.defaults().asSpecimen());
    Optional<String> failed = OutputFile.write(output, pdf);
    if (failed.isPresent()) {
      spec.commandLine().getErr().println(failed.get());
      return OutputFile.EXIT_CODE;
    }
    out.println(
        "wrote "
            + output
            + " ("
            + pdf.length
            + " bytes): the layout of form "
            + f.id()
            + " in mode "
            + mode);
    out.flush();
    return 0;
  }
}
