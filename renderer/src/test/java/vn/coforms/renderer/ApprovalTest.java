package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.testkit.FixedFileNamer;
import vn.coforms.samples.Sample;

/**
 * Every valid sample: its page model approved as text, and every page approved as a 96 dpi image.
 */
class ApprovalTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void pageModelMatchesTheApprovedText(Sample sample) {
    String model =
        RenderFixture.RENDERER
            .layout(RenderFixture.certificate(sample), RenderOptions.defaults())
            .describe();
    Approvals.verify(
        model,
        new Options()
            .withReporter(new QuietReporter())
            .forFile()
            .withNamer(
                new FixedFileNamer(
                    "src/test/resources/approved/"
                        + sample.formId()
                        + "/"
                        + sample.name()
                        + ".pagemodel",
                    "target/approval/"
                        + sample.formId()
                        + "/"
                        + sample.name()
                        + ".pagemodel.received")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void renderedPagesMatchTheApprovedImages(Sample sample) throws IOException {
    byte[] pdf =
        RenderFixture.RENDERER.render(RenderFixture.certificate(sample), RenderOptions.defaults());
    List<String> problems = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer pages = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        BufferedImage image = pages.renderImageWithDPI(i, 96);
        String name = sample.formId() + "/" + sample.name() + "-p" + (i + 1);
        problems.add(
            ImageApprovals.compare(
                Path.of("src/test/resources/approved/" + name + ".png"), image, name));
      }
      Path extra =
          Path.of(
              "src/test/resources/approved/"
                  + sample.formId()
                  + "/"
                  + sample.name()
                  + "-p"
                  + (doc.getNumberOfPages() + 1)
                  + ".png");
      assertThat(extra).as("an approved page beyond the last rendered page").doesNotExist();
    }
    assertThat(problems).allMatch(String::isEmpty, "pages match");
  }
}
