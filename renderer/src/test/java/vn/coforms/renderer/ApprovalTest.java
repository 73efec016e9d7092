package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.testkit.FixedFileNamer;
import vn.coforms.renderer.layout.Page;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Sample;
import vn.coforms.samples.Samples;

/**
 * Every valid sample's page model approved as text; images only for one sample per form, one page
 * per page role.
 *
 * <p>Pixels are approved for the first front, continuation and overleaf page of each form's {@value
 * #IMAGE_SAMPLE} sample, named {@code <form>/<sample>-<role>.png}; the page-model text carries
 * every other page of every sample. This keeps the approved images at three per form, so
 * re-approving a change does not add megabytes as the catalogue grows.
 */
class ApprovalTest {
  /** The sample of every form whose pages are approved as images: it fills every page role. */
  static final String IMAGE_SAMPLE = "valid-long";

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.RenderFixture#validSamples")
  void pageModelMatchesTheApprovedText(Sample sample) {
    String model =
        RenderFixture.RENDERER
            .layout(
                RenderFixture.CATALOGUE,
                RenderFixture.certificate(sample),
                RenderOptions.defaults())
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
  @MethodSource("imageSamples")
  void theFirstPageOfEachRoleMatchesItsApprovedImage(Sample sample) throws IOException {
    var certificate = RenderFixture.certificate(sample);
    PageModel model =
        RenderFixture.RENDERER.layout(
            RenderFixture.CATALOGUE, certificate, RenderOptions.defaults());
    byte[] pdf =
        RenderFixture.RENDERER.render(
            RenderFixture.CATALOGUE, certificate, RenderOptions.defaults());
    List<String> problems = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer pages = new PDFRenderer(doc);
      for (Page page : firstPageOfEachRole(model)) {
        BufferedImage image = pages.renderImageWithDPI(page.number() - 1, 96);
        String name = imageName(sample, page.role());
        problems.add(
            ImageApprovals.compare(
                Path.of("src/test/resources/approved/" + name + ".png"), image, name));
      }
    }
    assertThat(problems).allMatch(String::isEmpty, "pages match");
  }

  @Test
  void eachFormsImageSampleFillsEveryPageRoleTheFormDeclares() {
    for (FormDefinition form : RenderFixture.CATALOGUE.forms()) {
      Sample sample = imageSample(form.id());
      Set<PageRole> declared = EnumSet.noneOf(PageRole.class);
      form.layout().pages().forEach(p -> declared.add(p.role()));
      PageModel model =
          RenderFixture.RENDERER.layout(
              RenderFixture.CATALOGUE, RenderFixture.certificate(sample), RenderOptions.defaults());
      Set<PageRole> rendered = EnumSet.noneOf(PageRole.class);
      model.pages().forEach(p -> rendered.add(p.role()));
      assertThat(rendered).as("page roles rendered by %s", sample).isEqualTo(declared);
    }
  }

  @Test
  void everyApprovedImageBelongsToAPageThatIsCompared() throws IOException {
    Set<String> expected = new TreeSet<>();
    imageSamples()
        .forEach(
            s ->
                firstPageOfEachRole(
                        RenderFixture.RENDERER.layout(
                            RenderFixture.CATALOGUE,
                            RenderFixture.certificate(s),
                            RenderOptions.defaults()))
                    .forEach(p -> expected.add(imageName(s, p.role()) + ".png")));
    Path approved = Path.of("src/test/resources/approved");
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.walk(approved)) {
      files
          .filter(f -> f.toString().endsWith(".png"))
          .forEach(f -> present.add(approved.relativize(f).toString().replace('\\', '/')));
    }
    assertThat(present).isEqualTo(expected);
  }

  static Stream<Sample> imageSamples() {
    return RenderFixture.CATALOGUE.forms().stream().map(f -> imageSample(f.id()));
  }

  private static Sample imageSample(String formId) {
    return Samples.of(formId).stream()
        .filter(s -> s.name().equals(IMAGE_SAMPLE))
        .findFirst()
        .orElseThrow(() -> new AssertionError("form " + formId + " has no " + IMAGE_SAMPLE));
  }

  private static List<Page> firstPageOfEachRole(PageModel model) {
    Map<PageRole, Page> first = new EnumMap<>(PageRole.class);
    model.pages().forEach(p -> first.putIfAbsent(p.role(), p));
    return List.copyOf(first.values());
  }

  private static String imageName(Sample sample, PageRole role) {
    return sample.formId() + "/" + sample.name() + "-" + role.name().toLowerCase(Locale.ROOT);
  }
}
