package vn.coforms.server.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/**
 * {@code coforms samples -o DIR}: renders every valid sample of every form to PDF and to PNG pages
 * (96 dpi).
 */
@Command(
    name = "samples",
    mixinStandardHelpOptions = true,
    description =
        "Render every valid sample of every form to DIR/<form>/<sample>.pdf and -p<N>.png.")
final class SamplesCommand implements Callable<Integer> {
  @ParentCommand CoformsCommand parent;
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description = "The folder to write to.")
  Path output;

  @Mixin FormsOption forms;

  @Option(
      names = "--dpi",
      defaultValue = "96",
      description = "Resolution of the PNG pages (default: ${DEFAULT-VALUE}).")
  int dpi;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<String> unwritable = OutputFile.checkFolder(output);
    if (unwritable.isPresent()) {
      spec.commandLine().getErr().println(unwritable.get());
      return OutputFile.EXIT_CODE;
    }
    LoadResult loaded = forms.load(parent.services);
    if (loaded.hasErrors()) {
      out.print(loaded.report());
      out.println("error: no sample rendered; fix the forms first");
      out.flush();
      return 1;
    }
    try {
      int count = renderAll(loaded.catalogue(), out);
      out.println("rendered " + count + " sample(s) to " + output);
      out.flush();
      return 0;
    } catch (IOException e) {
      out.flush();
      spec.commandLine().getErr().println(OutputFile.failed(output, e));
      return OutputFile.EXIT_CODE;
    }
  }

  private int renderAll(Catalogue catalogue, PrintWriter out) throws IOException {
    CertificateRenderer renderer = parent.services.renderer();
    CertificateReader reader = parent.services.reader();
    int count = 0;
    for (Sample sample : Samples.all()) {
      if (!sample.valid() || catalogue.form(sample.formId()).isEmpty()) {
        continue;
      }
      Path dir = Files.createDirectories(output.resolve(sample.formId()));
      byte[] pdf = renderer.render(catalogue, sample.certificate(reader), RenderOptions.defaults());
      Files.write(dir.resolve(sample.name() + ".pdf"), pdf);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        PDFRenderer pages = new PDFRenderer(doc);
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
          BufferedImage image = pages.renderImageWithDPI(i, dpi);
          ImageIO.write(
              image, "png", dir.resolve(sample.name() + "-p" + (i + 1) + ".png").toFile());
        }
        out.println(sample + ": " + doc.getNumberOfPages() + " page(s)");
      }
      count++;
    }
    return count;
  }
}
