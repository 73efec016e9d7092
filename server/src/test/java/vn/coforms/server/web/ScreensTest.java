package vn.coforms.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.samples.Samples;
import vn.coforms.server.TestServers;
import vn.coforms.server.http.CoformsServer;

/** The screens on a free port, in process, used as a browser without JavaScript would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensTest {
  static final Clock TODAY = TestServers.TODAY;

  final ObjectMapper mapper = JsonMapper.builder().build();
  final List<String> log = new ArrayList<>();
  Catalogue catalogue;
  CoformsServer server;

  @BeforeAll
  void start() throws Exception {
    catalogue = TestServers.bundled();
    server = TestServers.withScreens(new CurrentCatalogue(catalogue), log::add);
    server.start();
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
  }

  Browser browser() {
    return new Browser(server.uri());
  }

  static String sample(String form, String name) {
    return Samples.of(form).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .text();
  }

  /** The screen of {@code form} filled from the sample {@code name}, opened as a data file. */
  Document opened(Browser browser, String form, String name) throws Exception {
    Document empty = browser.page("/forms/" + form);
    HttpResponse<String> r =
        browser.open(empty, name + ".json", sample(form, name).getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    return browser.parse(r);
  }

  @Nested
  class TheCatalogue {
    @Test
    void listsEveryLoadedFormWithALinkToItsScreen() throws Exception {
      Document page = browser().page("/");
      for (FormDefinition form : catalogue.forms()) {
        Element row = Browser.one(page, "table#catalogue tr#form-" + form.id());
        assertThat(row.select("a[href=/forms/" + form.id() + "]")).hasSize(1);
        assertThat(row.text())
            .contains(form.code(), form.procedure().code(), "30.000 VND")
            .contains(form.agreement().parties().get(0).printed());
      }
    }

    @Test
    void showsWhatEachFormDeclaresAndADashWhereNothing() throws Exception {
      Element e = Browser.one(browser().page("/?lang=en"), "tr#form-e");
      List<String> cells = e.select("td").eachText();
      assertThat(cells.get(1)).contains("LAOS", "VIETNAM");
      assertThat(cells.get(2)).isEqualTo("1.000695");
      assertThat(cells.get(3)).isEqualTo("30,000 VND");
      assertThat(e.select("td ul.limits li").eachText())
          .containsExactly(
              "Result notified on eCoSys within 6 working hours of a complete, valid electronic"
                  + " dossier",
              "Paper C/O returned within 2 working hours of receiving the paper application and"
                  + " completed C/O",
              "8 working hours when submitted at the issuing body",
              "24 working hours from receipt when sent by post (envelope date)");
      assertThat(cells.get(5)).isEqualTo("3");
      assertThat(Integer.parseInt(cells.get(6))).isEqualTo(Samples.of("e").size());
    }

    @Test
    void listsTheFormsThatCannotBeDeclaredYetWithWhyAndWhatIsNeeded() throws Exception {
      Document page = browser().page("/?lang=en");
      assertThat(catalogue.missing()).extracting(m -> m.code()).contains("AJ", "AHK", "Turkey");
      for (var missing : catalogue.missing()) {
        Element row =
            Browser.one(
                page,
                "table#catalogue tr#form-missing-"
                    + missing.code().toLowerCase(java.util.Locale.ROOT));
        assertThat(row.select("a")).isEmpty();
        assertThat(row.text())
            .contains(
                missing.code(),
                missing.procedure(),
                missing.parties(),
                "Not available",
                missing.reason().en(),
                "Needed to add it: " + missing.needed().en());
      }
      assertThat(Browser.one(page, "tr#form-e").text()).contains("Ready to issue");
    }

    @Test
    void listsTheMissingFormsInVietnameseToo() throws Exception {
      Element row = Browser.one(browser().page("/?lang=vi"), "tr#form-missing-aj");
      assertThat(row.text())
          .contains("Chưa có", "Hiệp định Đối tác kinh tế toàn diện ASEAN - Nhật Bản", "1.000432");
    }
  }

  @Nested
  class Languages {
    @Test
    void vietnameseIsTheDefault() throws Exception {
      Document page = browser().page("/");
      assertThat(Browser.one(page, "html").attr("lang")).isEqualTo("vi");
      assertThat(Browser.one(page, "h1").text()).isEqualTo("Các mẫu giấy chứng nhận xuất xứ");
    }

    @Test
    void aSwitchIsRememberedByEveryPage() throws Exception {
      Browser browser = browser();
      HttpResponse<String> switched = browser.get("/?lang=en");
      assertThat(switched.headers().allValues("Set-Cookie"))
          .contains("lang=en; Path=/; HttpOnly; SameSite=Lax");
      Document screen = browser.page("/forms/e");
      assertThat(Browser.one(screen, "html").attr("lang")).isEqualTo("en");
      assertThat(Browser.byId(screen, "action-check").text()).isEqualTo("Check");
      assertThat(Browser.byId(browser.page("/forms/d?lang=vi"), "action-check").text())
          .isEqualTo("Kiểm tra");
      assertThat(Browser.one(browser.page("/"), "html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void everyPageHasTheLanguageSwitch() throws Exception {
      Browser browser = browser();
      for (String path : List.of("/", "/forms/nope")) {
        Document page = browser.page(path);
        assertThat(Browser.byId(page, "lang-vi").attr("href")).as(path).isEqualTo("?lang=vi");
        assertThat(Browser.byId(page, "lang-vi").text()).isEqualTo("Tiếng Việt");
        assertThat(Browser.byId(page, "lang-en").attr("href")).isEqualTo("?lang=en");
        assertThat(Browser.byId(page, "lang-en").text()).isEqualTo("English");
      }
      for (String path : List.of("/forms/e", "/forms/rcep")) {
        Document page = browser.page(path);
        assertThat(Browser.byId(page, "lang-en").attr("form")).as(path).isEqualTo("certificate");
        assertThat(Browser.byId(page, "lang-en").attr("value")).isEqualTo("lang:en");
        assertThat(Browser.byId(page, "lang-vi").attr("value")).isEqualTo("lang:vi");
      }
    }

    @Test
    void switchingTheLanguageOfAScreenKeepsWhatWasTyped() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      List<Map.Entry<String, String>> typed =
          new ArrayList<>(Browser.values(screen, "certificate"));
      typed.replaceAll(
          p -> p.getKey().equals("items[0].criterion") ? Map.entry(p.getKey(), "12,5 %") : p);
      typed.add(Map.entry("action", "lang:en"));
      HttpResponse<String> switched =
          browser.post("/forms/e", typed, HttpResponse.BodyHandlers.ofString());

      assertThat(switched.headers().allValues("Set-Cookie"))
          .contains("lang=en; Path=/; HttpOnly; SameSite=Lax");
      Document english = browser.parse(switched);
      assertThat(Browser.one(english, "html").attr("lang")).isEqualTo("en");
      assertThat(english.getElementById("error-summary")).isNull();
      typed.remove(typed.size() - 1);
      assertThat(Browser.values(english, "certificate")).containsExactlyElementsOf(typed);
    }

    @Test
    void inEnglishAnItemLabelIsTheOnePrintedAndSaidOnce() throws Exception {
      Document english = browser().page("/forms/e?lang=en");
      Element label = Browser.one(english, "label[for=f-items-0-marks]");
      assertThat(label.text()).isEqualTo("Box 6 · Marks and numbers on packages (required)");
      Document vietnamese = browser().page("/forms/e?lang=vi");
      assertThat(Browser.one(vietnamese, "label[for=f-items-0-marks] .printed").text())
          .isEqualTo("Marks and numbers on packages");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
      assertThat(bundle("en").stringPropertyNames())
          .containsExactlyInAnyOrderElementsOf(bundle("vi").stringPropertyNames());
    }

    Properties bundle(String language) throws Exception {
      Properties p = new Properties();
      try (InputStream in =
          Screens.class.getResourceAsStream("messages_" + language + ".properties")) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      return p;
    }
  }

  @Nested
  class EntryScreens {
    @Test
    void shortTextGetsAOneLineInputAndTextWithALineBreakATextArea() throws Exception {
      Browser browser = browser();
      Document empty = browser.page("/forms/e");
      assertThat(Browser.byId(empty, "f-referenceNo").tagName()).isEqualTo("input");
      assertThat(Browser.byId(empty, "f-items-0-invoiceNumber").tagName()).isEqualTo("input");
      assertThat(Browser.byId(empty, "f-exporter").tagName()).isEqualTo("textarea");

      List<Map.Entry<String, String>> typed = new ArrayList<>(Browser.values(empty, "certificate"));
      typed.replaceAll(
          p -> p.getKey().equals("referenceNo") ? Map.entry(p.getKey(), "VN-CN 26/02\n/00117") : p);
      typed.add(Map.entry("action", "check"));
      Document checked =
          browser.parse(browser.post("/forms/e", typed, HttpResponse.BodyHandlers.ofString()));
      Element reference = Browser.byId(checked, "f-referenceNo");
      assertThat(reference.tagName()).isEqualTo("textarea");
      assertThat(Browser.textarea(reference)).isEqualTo("VN-CN 26/02\n/00117");
    }

    @Test
    void everyFieldOfEveryFormHasALabelledControlNamedByItsJsonPath() throws Exception {
      Browser browser = browser();
      for (FormDefinition form : catalogue.forms()) {
        Document page = browser.page("/forms/" + form.id());
        Element certificate = Browser.one(page, "form#certificate");
        assertThat(certificate.attr("action")).isEqualTo("/forms/" + form.id());
        assertThat(certificate.attr("method")).isEqualTo("post");
        assertThat(certificate.hasAttr("novalidate")).isTrue();
        for (FieldDef f : form.fields()) {
          if (f.isGroup()) {
            for (FieldDef child : f.fields()) {
              assertLabelled(page, form, f.id() + "[0]." + child.id(), Optional.of(child));
            }
          } else {
            assertLabelled(page, form, f.id(), Optional.of(f));
          }
        }
        assertLabelled(page, form, "issuance.mode", Optional.empty());
      }
    }

    void assertLabelled(Document page, FormDefinition form, String name, Optional<FieldDef> f) {
      List<String> names = new ArrayList<>();
      f.flatMap(d -> ScreenValues.parts(d.type()))
          .ifPresentOrElse(
              parts -> {
                names.add(name + "." + parts[0]);
                names.add(name + "." + parts[1]);
              },
              () -> names.add(name));
      for (String n : names) {
        Element control =
            Browser.one(page, "form#certificate [name=\"" + n + "\"]:not([type=hidden])");
        String id = ControlIds.of(n);
        assertThat(control.id()).isEqualTo(id);
        assertThat(page.select("label[for=" + id + "]")).as(form.id() + " label " + n).hasSize(1);
        for (String described : control.attr("aria-describedby").split(" ", -1)) {
          if (!described.isEmpty()) {
            assertThat(Browser.byId(page, described)).as(described).isNotNull();
          }
        }
      }
    }

    @Test
    void controlsFollowTheFieldTypes() throws Exception {
      Document page = browser().page("/forms/e");
      assertThat(Browser.byId(page, "f-departureDate").attr("type")).isEqualTo("date");
      assertThat(Browser.byId(page, "f-importingCountry").select("option").eachText())
          .contains("LAOS (LA)", "VIETNAM (VN)");
      assertThat(Browser.byId(browser().page("/forms/d"), "f-importingCountry").text())
          .contains("LAO PDR (LA)");
      assertThat(Browser.byId(page, "f-items-0-hsCode").attr("inputmode")).isEqualTo("numeric");
      assertThat(Browser.byId(page, "f-items-0-hsCode-hint").text()).contains("6/8/10");
      assertThat(Browser.byId(page, "f-items-0-criterion").attr("list")).isEqualTo("f-e-criteria");
      assertThat(page.select("datalist#f-e-criteria option").eachAttr("value"))
          .contains("WO", "PE", "CTH", "PSR");
      assertThat(Browser.byId(page, "f-exporter").tagName()).isEqualTo("textarea");
      assertThat(Browser.byId(page, "f-exporter").attr("maxlength")).isEqualTo("400");
      assertThat(Browser.byId(page, "f-exporter-hint").text()).contains("6 dòng");
      assertThat(Browser.byId(page, "f-exhibition").attr("type")).isEqualTo("checkbox");
      assertThat(page.select("fieldset.item-row#row-0")).hasSize(1);
      assertThat(Browser.byId(page, "f-issuance-mode").select("option").eachAttr("value"))
          .containsExactly(
              "normal", "retroactive", "certifiedTrueCopy", "replacement", "backToBack");
      assertThat(Browser.byId(page, "f-issuance-linked-number")).isNotNull();
    }

    @Test
    void carriesNoInlineScriptStyleOrEventHandler() throws Exception {
      for (String path : List.of("/", "/forms/e", "/forms/eur1-evfta")) {
        Document page = browser().page(path);
        assertThat(page.select("script")).allMatch(s -> s.attr("src").equals("/assets/coforms.js"));
        assertThat(page.select("style, [style]")).isEmpty();
        assertThat(page.getAllElements())
            .allMatch(
                e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on")));
      }
    }

    @Test
    void anUnknownFormIsAnHtml404() throws Exception {
      HttpResponse<String> r = browser().get("/forms/nope");
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      assertThat(r.body()).contains("nope", "href=\"/\"");
    }

    @Test
    void servesTheAssetsWithCacheHeaders() throws Exception {
      HttpResponse<String> js = browser().get("/assets/coforms.js");
      assertThat(js.statusCode()).isEqualTo(200);
      assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=utf-8");
      assertThat(js.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
      assertThat(browser().get("/assets/coforms.css").body()).contains(".error-summary");
      assertThat(browser().get("/assets/../pom.xml").statusCode()).isEqualTo(404);
    }
  }

  @Nested
  class Checking {
    @Test
    void aValidCertificateChecksClean() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      Document checked = browser.parse(browser.press(screen, "check"));
      assertThat(checked.select("#error-summary")).isEmpty();
      assertThat(Browser.byId(checked, "check-passed").attr("role")).isEqualTo("status");
    }

    @Test
    void findingsAreSummarisedAndShownNextToTheirField() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      Browser.byId(screen, "f-items-2-criterion").val("35%");
      Document checked = browser.parse(browser.press(screen, "check"));
      Element summary = Browser.one(checked, "main > :first-child");
      assertThat(summary.id()).isEqualTo("error-summary");
      assertThat(summary.attr("role")).isEqualTo("alert");
      assertThat(summary.attr("tabindex")).isEqualTo("-1");
      Element link = Browser.one(summary, "a[href=#f-items-2-criterion]");
      assertThat(link.text()).contains("40%");
      Element error = Browser.byId(checked, "f-items-2-criterion-error");
      assertThat(error.hasClass("error-message")).isTrue();
      assertThat(error.text()).isEqualTo(link.text());
      assertThat(Browser.byId(checked, "f-items-2-criterion").attr("aria-describedby"))
          .contains("f-items-2-criterion-error");
      assertThat(Browser.byId(checked, "f-items-2-criterion").val()).isEqualTo("35%");
    }

    @Test
    void aFindingWithoutAFieldLinksToItsBox() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      Browser.byId(screen, "f-issuance-linked-number").val("VN-CN 26/02/00001");
      Document checked = browser.parse(browser.press(screen, "check"));
      assertThat(checked.select("#error-summary a").eachAttr("href")).contains("#f-issuance-mode");
    }

    @Test
    void invalidValuesSurviveTheCheckExactlyAsTyped() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      Browser.byId(screen, "f-items-0-quantity-value").attr("value", "12,000.5 kg");
      Browser.byId(screen, "f-departureDate").attr("value", "2026-02-30");
      Browser.byId(screen, "f-exporter").text("\n\n  line one\nline two  ");
      Document checked = browser.parse(browser.press(screen, "check"));
      assertThat(Browser.byId(checked, "f-items-0-quantity-value").val()).isEqualTo("12,000.5 kg");
      assertThat(checked.select("#error-summary a").eachAttr("href"))
          .contains("#f-items-0-quantity-value", "#f-departureDate");
      assertThat(Browser.byId(checked, "f-departureDate").val()).isEqualTo("2026-02-30");
      assertThat(Browser.byId(checked, "f-departureDate").attr("type")).isEqualTo("text");
      assertThat(Browser.textarea(Browser.byId(checked, "f-exporter")))
          .isEqualTo("\n  line one\nline two  ");
    }

    @Test
    void findingsAreInTheChosenLanguage() throws Exception {
      Browser browser = browser();
      browser.get("/?lang=en");
      Document screen = browser.page("/forms/e");
      Document checked = browser.parse(browser.press(screen, "check"));
      assertThat(Browser.byId(checked, "error-summary").text()).contains("There is a problem");
      assertThat(Browser.byId(checked, "f-exporter-error").text()).contains("required");
    }
  }

  @Nested
  class ItemRows {
    @Test
    void areAddedAndRemovedWithoutScript() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      assertThat(screen.select("#rows > fieldset.item-row")).hasSize(3);
      Document added = browser.parse(browser.press(screen, "add-row"));
      assertThat(added.select("#rows > fieldset.item-row").eachAttr("id"))
          .containsExactly("row-0", "row-1", "row-2", "row-3");
      assertThat(Browser.byId(added, "f-items-3-marks").val()).isEmpty();
      assertThat(Browser.byId(added, "action-remove-row-3").attr("value"))
          .isEqualTo("remove-row:3");
      Document removed = browser.parse(browser.press(added, "remove-row:0"));
      assertThat(removed.select("#rows > fieldset.item-row")).hasSize(3);
      assertThat(Browser.byId(removed, "f-items-0-description").val()).startsWith("DRIED MANGO");
      assertThat(Browser.byId(removed, "f-items-1-criterion").val()).isEqualTo("45%");
      assertThat(removed.select("#error-summary")).isEmpty();
    }
  }

  @Nested
  class DataFiles {
    @Test
    void downloadOpenDownloadGivesTheSameJson() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      Browser.byId(screen, "f-items-0-quantity-value").attr("value", "12.50");
      Browser.byId(screen, "f-items-1-quantity-value").attr("value", "1,5");
      Browser.byId(screen, "f-items-1-hsCode").attr("value", "<b>0804</b>");
      HttpResponse<String> first = browser.press(screen, "download");
      assertThat(first.headers().firstValue("Content-Disposition"))
          .hasValue("attachment; filename=\"e-certificate.json\"");
      Document reopened =
          browser.parse(
              browser.open(
                  screen, "e-certificate.json", first.body().getBytes(StandardCharsets.UTF_8)));
      HttpResponse<String> second = browser.press(reopened, "download");
      assertThat(second.body()).isEqualTo(first.body());
      JsonNode json = mapper.readTree(first.body());
      assertThat(json.at("/fields/items/0/quantity/value").decimalValue())
          .isEqualByComparingTo("12.50");
      assertThat(json.at("/fields/items/1/quantity/value").asText()).isEqualTo("1,5");
      assertThat(json.at("/fields/items/1/hsCode").asText()).isEqualTo("<b>0804</b>");
    }

    @Test
    void theDownloadIsWhatTheCliValidates() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      String json = browser.press(screen, "download").body();
      HttpResponse<String> validated =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.uri().resolve("/api/forms/e/validate"))
                      .header("Content-Type", "application/json")
                      .POST(BodyPublishers.ofString(json))
                      .build(),
                  BodyHandlers.ofString());
      assertThat(mapper.readTree(validated.body()).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aBrokenFileIsLocated() throws Exception {
      Browser browser = browser();
      Document empty = browser.page("/forms/e");
      Document shown =
          browser.parse(
              browser.open(
                  empty,
                  "mine.json",
                  "{\"form\": \"e\",\n  \"fields\": {,}}".getBytes(StandardCharsets.UTF_8)));
      Element link = Browser.one(shown, "#error-summary a[href=#data-file]");
      assertThat(link.text()).contains("mine.json:2:");
    }

    @Test
    void aFileOfAnotherFormSaysWhichScreenTakesIt() throws Exception {
      Browser browser = browser();
      Document empty = browser.page("/forms/e");
      Document shown =
          browser.parse(
              browser.open(
                  empty, "d.json", sample("d", "valid-basic").getBytes(StandardCharsets.UTF_8)));
      assertThat(Browser.byId(shown, "error-summary").text()).contains("/forms/d");
    }
  }

  @Nested
  class Preview {
    @Test
    void isTheSpecimenPdfMarkedDraftWhenInvalid() throws Exception {
      Browser browser = browser();
      Document screen = opened(browser, "e", "valid-basic");
      HttpResponse<byte[]> valid =
          browser.post(
              "/forms/e",
              with(Browser.values(screen, "certificate"), "preview"),
              BodyHandlers.ofByteArray());
      assertThat(valid.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(valid.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("inline");
      assertThat(Pdfs.text(valid.body())).contains("SPECIM").doesNotContain("DRAFT");
      Browser.byId(screen, "f-items-2-criterion").val("35%");
      HttpResponse<byte[]> draft =
          browser.post(
              "/forms/e",
              with(Browser.values(screen, "certificate"), "preview"),
              BodyHandlers.ofByteArray());
      assertThat(Pdfs.text(draft.body())).contains("DRAFT");
    }
  }

  static List<Map.Entry<String, String>> with(
      List<Map.Entry<String, String>> pairs, String action) {
    List<Map.Entry<String, String>> out = new ArrayList<>(pairs);
    out.add(Map.entry("action", action));
    return out;
  }

  @Nested
  class CsrfProtection {
    @Test
    void aPostWithoutTheTokenIsRefusedWithAPage() throws Exception {
      Browser browser = browser();
      Document screen = browser.page("/forms/e");
      List<Map.Entry<String, String>> pairs =
          with(Browser.values(screen, "certificate"), "check").stream()
              .filter(p -> !p.getKey().equals("_csrf"))
              .toList();
      HttpResponse<String> r = browser.post("/forms/e", pairs, BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
      assertThat(Browser.one(browser.parse(r), "h1").text()).isEqualTo("Biểu mẫu đã hết hạn");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
      Browser browser = browser();
      Document screen = browser.page("/forms/e");
      Browser.one(screen, "#certificate input[name=_csrf]").attr("value", "A".repeat(43));
      assertThat(browser.press(screen, "check").statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenWithoutItsCookieIsRefused() throws Exception {
      Document screen = browser().page("/forms/e");
      Browser stranger = browser();
      assertThat(stranger.press(screen, "download").statusCode()).isEqualTo(403);
    }

    @Test
    void theUploadNeedsTheTokenToo() throws Exception {
      Browser browser = browser();
      browser.page("/forms/e");
      HttpResponse<String> r =
          browser.client.send(
              HttpRequest.newBuilder(server.uri().resolve("/forms/e/open"))
                  .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                  .POST(
                      BodyPublishers.ofByteArray(
                          Multipart.body(null, "x.json", "{}".getBytes(StandardCharsets.UTF_8))))
                  .build(),
              BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void theTokenCookieIsStrictAndHttpOnly() throws Exception {
      HttpResponse<String> r = browser().get("/forms/e");
      assertThat(r.headers().allValues("Set-Cookie"))
          .anyMatch(c -> c.matches("csrf=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict"));
    }
  }

  @Nested
  class Limits {
    @Test
    void tooManyFieldsIs413() throws Exception {
      Browser browser = browser();
      Document screen = browser.page("/forms/e");
      List<Map.Entry<String, String>> pairs =
          new ArrayList<>(Browser.values(screen, "certificate"));
      for (int i = 0; i < Screens.MAX_FIELDS; i++) {
        pairs.add(Map.entry("x" + i, ""));
      }
      assertThat(browser.post("/forms/e", pairs, BodyHandlers.ofString()).statusCode())
          .isEqualTo(413);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
      Browser browser = browser();
      Document screen = browser.page("/forms/e");
      List<Map.Entry<String, String>> pairs =
          new ArrayList<>(Browser.values(screen, "certificate"));
      pairs.add(Map.entry("exporter", "x".repeat(Screens.MAX_BODY)));
      HttpResponse<String> r = browser.post("/forms/e", pairs, BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).contains("2000000");
    }
  }

  @Nested
  class HtmlInjection {
    static final List<String> PAYLOADS =
        List.of(
            "<script>alert(1)</script>",
            "${7*7}",
            "<#assign x=1>",
            "\"'><img src=x onerror=alert(1)>");

    /** Every value of the screen replaced by {@code payload} (the CSRF token and mode kept). */
    List<Map.Entry<String, String>> poisoned(Document screen, UnaryOperator<String> payload) {
      List<Map.Entry<String, String>> out = new ArrayList<>();
      for (Map.Entry<String, String> p : Browser.values(screen, "certificate")) {
        boolean keep = p.getKey().equals("_csrf") || p.getKey().equals("issuance.mode");
        out.add(Map.entry(p.getKey(), keep ? p.getValue() : payload.apply(p.getKey())));
      }
      return out;
    }

    @Test
    void everyFieldOfFormsEAndDIsShownEscaped() throws Exception {
      for (String form : List.of("e", "d")) {
        for (String payload : PAYLOADS) {
          Browser browser = browser();
          Document screen = browser.page("/forms/" + form);
          HttpResponse<String> r =
              browser.post(
                  "/forms/" + form,
                  with(poisoned(screen, n -> payload), "check"),
                  BodyHandlers.ofString());
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.body()).doesNotContain("<script>alert", "<img src=x", "<#assign");
          Document shown = browser.parse(r);
          assertThat(shown.select("img")).isEmpty();
          assertThat(shown.select("script")).hasSize(1);
          assertThat(Browser.byId(shown, "f-exporter").val()).isEqualTo(payload);
          assertThat(Browser.byId(shown, "f-items-0-description").val()).isEqualTo(payload);
          if (payload.equals("${7*7}")) {
            assertThat(Browser.byId(shown, "f-items-0-marks").val()).isEqualTo("${7*7}");
            assertThat(Browser.byId(shown, "f-items-0-quantity-value").val()).isEqualTo("${7*7}");
          }
        }
      }
    }

    @Test
    void thePreviewPrintsThemLiterally() throws Exception {
      for (String form : List.of("e", "d")) {
        Browser browser = browser();
        Document screen = opened(browser, form, "valid-basic");
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        int[] i = {0};
        for (Map.Entry<String, String> p : Browser.values(screen, "certificate")) {
          boolean text =
              p.getKey().matches("exporter|consignee|items\\[[0-9]\\]\\.(description|marks)");
          pairs.add(text ? Map.entry(p.getKey(), PAYLOADS.get(i[0]++ % PAYLOADS.size())) : p);
        }
        HttpResponse<byte[]> pdf =
            browser.post("/forms/" + form, with(pairs, "preview"), BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).as(form).hasValue("application/pdf");
        String text = Pdfs.text(pdf.body());
        assertThat(text).as(form).contains(PAYLOADS).doesNotContain("49");
      }
    }
  }
}
