package vn.coforms.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;

/**
 * {@code coforms preview --form ID -o OUT.pdf [--mode MODE|all] [--items N]}: the form's layout
 * with every field showing its id and every tick ticked, in each issuance mode, with enough items
 * to need the continuation sheet — for ministry staff editing a form's YAML.
 */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description =
        "Render a form's layout with placeholder data (field ids), marked SPECIMEN: every"
            + " issuance mode, with enough items to show the continuation sheet.")
final class PreviewCommand implements Callable<Integer> {
  static final String ALL = "all";

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
      description =
          "The PDF to write; with several modes, the normal one, and OUT-<mode>.pdf for each"
              + " other mode.")
  Path output;

  @Option(
      names = "--mode",
      defaultValue = ALL,
      description =
          "The issuance mode to show, or 'all' for every mode the form allows (default:"
              + " ${DEFAULT-VALUE}).")
  String mode;

  @Option(
      names = "--items",
      description =
          "How many item rows to show (default: the fewest, doubling from 4, that need the"
              + " continuation sheet; 3 if the form has none).")
  @Nullable Integer items;

  @Mixin FormsOption forms;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (items != null && (items < 0 || items > PreviewRows.MOST)) {
      err.println(
          "error: --items "
              + items
              + " is outside 0.."
              + PreviewRows.MOST
              + "; give the number of item rows to show, e.g. --items 30");
      return 2;
    }
    LoadResult loaded = forms.load(parent.services);
    Optional<FormDefinition> definition = loaded.catalogue().form(form);
    if (definition.isEmpty()) {
      List<String> ids =
          loaded.catalogue().forms().stream().map(FormDefinition::id).sorted().toList();
      out.print(loaded.report());
      out.println(
          "error: form '"
              + form
              + "' is not loaded; loaded: "
              + String.join(", ", ids)
              + DidYouMean.hint(form, ids));
      out.flush();
      return 1;
    }
    FormDefinition f = definition.get();
    Optional<List<IssuanceMode>> modes = modes(f);
    if (modes.isEmpty()) {
      List<String> allowed = f.issuance().modes().stream().map(IssuanceMode::jsonName).toList();
      out.println(
          "error: form '"
              + form
              + "' has no issuance mode '"
              + mode
              + "'; it allows "
              + String.join(", ", allowed)
              + ", or 'all' for every one"
              + DidYouMean.hint(mode, allowed));
      out.flush();
      return 1;
    }
    List<Path> targets = new ArrayList<>();
    for (IssuanceMode m : modes.get()) {
      Path target = target(m, modes.get().size());
      Optional<String> unwritable = OutputFile.checkFile(target);
      if (unwritable.isPresent()) {
        err.println(unwritable.get());
        return OutputFile.EXIT_CODE;
      }
      targets.add(target);
    }
    CertificateRenderer renderer = parent.services.renderer();
    Catalogue catalogue = loaded.catalogue();
    int rows = items != null ? items : new PreviewRows(renderer).needingContinuation(catalogue, f);
    for (int i = 0; i < targets.size(); i++) {
      IssuanceMode m = modes.get().get(i);
      byte[] pdf =
          renderer.render(
              catalogue,
              Placeholders.placeholder(f, m, rows),
              RenderOptions.defaults().asSpecimen());
      Optional<String> failed = OutputFile.write(targets.get(i), pdf);
      if (failed.isPresent()) {
        err.println(failed.get());
        return OutputFile.EXIT_CODE;
      }
      out.println(
          "wrote "
              + targets.get(i)
              + " ("
              + pdf.length
              + " bytes): the layout of form "
              + f.id()
              + " in mode "
              + m.jsonName()
              + " with "
              + rows
              + " item row(s)");
    }
    out.flush();
    return 0;
  }

  /** The modes asked for, in the form's order; empty if the form does not allow the one named. */
  private Optional<List<IssuanceMode>> modes(FormDefinition f) {
    if (mode.equals(ALL)) {
      return Optional.of(f.issuance().modes());
    }
    return IssuanceMode.fromJson(mode).filter(f.issuance().modes()::contains).map(List::of);
  }

  /**
   * {@code -o} for the normal mode or a single mode; {@code OUT-<mode>.pdf} beside it otherwise.
   */
  private Path target(IssuanceMode m, int count) {
    if (count == 1 || m == IssuanceMode.NORMAL) {
      return output;
    }
    String name = String.valueOf(output.getFileName());
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : ".pdf";
    return output.resolveSibling(stem + "-" + m.jsonName() + ext);
  }
}
