package vn.coforms.server.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsPageTest {
  final ProblemsPage page = new ProblemsPage();

  String render(boolean known, boolean served, List<FormProblem> problems) {
    return new String(page.render("d", known, served, problems), StandardCharsets.UTF_8);
  }

  @Test
  void showsEachProblemAsFileLineColumnCodeMessageAndFix() {
    String html =
        render(
            true,
            true,
            List.of(
                new FormProblem(
                    "d.yaml",
                    6,
                    7,
                    "error",
                    "yaml.wrong-type",
                    "'code': integer found",
                    "quote it")));

    assertThat(html)
        .contains("d.yaml:6:7: error[yaml.wrong-type]")
        .contains("Fix: quote it")
        .contains("last good version");
  }

  @Test
  void escapesWhatTheFormFileWrote() {
    String html =
        render(
            true,
            false,
            List.of(
                new FormProblem(
                    "d.yaml",
                    1,
                    1,
                    "error",
                    "yaml.syntax",
                    "found <script>alert(1)</script> and ${7*7}",
                    "<b>x</b>")));

    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("${7*7}")
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains("not served");
  }

  @Test
  void saysAFormWithoutProblemsIsServedAsSaved() {
    assertThat(render(true, true, List.of())).contains("no problems");
  }

  @Test
  void saysTheFolderHasNoSuchForm() {
    assertThat(render(false, false, List.of())).contains("No form d");
  }
}
