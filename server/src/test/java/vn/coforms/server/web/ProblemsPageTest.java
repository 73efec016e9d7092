package vn.coforms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.server.TestServers;
import vn.coforms.server.http.CoformsServer;
import vn.coforms.server.reload.FormProblem;
import vn.coforms.server.reload.FormStatus;

/** {@code GET /forms/{id}/problems}: what a clerk who saved a broken form file reads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemsPageTest {
  static final FormProblem TYPE =
      new FormProblem(
          "d.yaml", 6, 7, "error", "yaml.wrong-type", "'code': integer found", "quote it");
  static final FormProblem HOSTILE =
      new FormProblem(
          "x.yaml",
          1,
          1,
          "error",
          "yaml.syntax",
          "found <script>alert(1)</script> and ${7*7}",
          "<b>x</b>");

  final Map<String, FormStatus> states =
      Map.of(
          "d", new FormStatus("d", true, true, List.of(TYPE)),
          "e", new FormStatus("e", true, true, List.of()),
          "x", new FormStatus("x", true, false, List.of(HOSTILE)));
  CoformsServer server;

  @BeforeAll
  void start() throws Exception {
    server =
        TestServers.withProblems(
            new CurrentCatalogue(TestServers.bundled()),
            line -> {},
            id -> Optional.ofNullable(states.get(id)));
    server.start();
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
  }

  Document page(String path) throws Exception {
    return new Browser(server.uri()).page(path);
  }

  @Test
  void showsEachProblemLocatedWithItsCodeMessageAndFixInVietnamese() throws Exception {
    Document page = page("/forms/d/problems");
    assertThat(Browser.one(page, "html").attr("lang")).isEqualTo("vi");
    assertThat(Browser.one(page, "h1").text()).isEqualTo("Lỗi trong mẫu d");
    assertThat(Browser.one(page, "ol.problems li").text())
        .isEqualTo("d.yaml:6:7: error[yaml.wrong-type]: 'code': integer found Cách sửa: quote it");
    assertThat(page.text()).contains("Phiên bản đúng gần nhất");
  }

  @Test
  void speaksEnglishWhenAsked() throws Exception {
    Document page = page("/forms/d/problems?lang=en");
    assertThat(Browser.one(page, "h1").text()).isEqualTo("Problems in form d");
    assertThat(page.text()).contains("The last good version of this form is served");
    assertThat(Browser.byId(page, "lang-vi").attr("href")).isEqualTo("?lang=vi");
  }

  @Test
  void escapesWhatTheFormFileWrote() throws Exception {
    String html = new Browser(server.uri()).get("/forms/x/problems?lang=en").body();
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "${7*7}", "is not served")
        .doesNotContain("<script>alert", "<b>x</b>");
  }

  @Test
  void saysAFormWithoutProblemsIsServedAsSaved() throws Exception {
    assertThat(Browser.one(page("/forms/e/problems?lang=en"), "h1").text())
        .isEqualTo("Form e: no problems");
  }

  @Test
  void anUnknownFormIsA404Page() throws Exception {
    assertThat(new Browser(server.uri()).get("/forms/nope/problems").statusCode()).isEqualTo(404);
    // an encoded slash is refused by Jetty before any handler sees it (400 ambiguous path)
    assertThat(new Browser(server.uri()).get("/forms/..%2F..%2Fetc/problems").statusCode())
        .isIn(400, 404);
  }
}
