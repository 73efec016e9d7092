package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.Procedure;
import vn.coforms.framework.model.RequiredDocument;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * The procedure facts a trader needs before applying (the dossier, documents that may come later,
 * on-site inspection, how many sets, validity) are keys of the form, in the seed's words.
 */
class ProcedureFactsTest {
  private static final Catalogue BUNDLED =
      FormLoader.standard().load(DefinitionTestHelper.repositoryForms()).orThrow();

  @Nested
  class TheBundledForms {
    @Test
    void listTheDossierAsTheSeedWritesIt() {
      for (String id : new String[] {"d", "e", "rcep", "eur1-evfta"}) {
        Procedure p = BUNDLED.form(id).orElseThrow().procedure();
        assertThat(p.documents())
            .as(id)
            .extracting(RequiredDocument::id)
            .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h");
        assertThat(p.documents().get(0).text().vi())
            .as(id)
            .startsWith("Đơn đề nghị cấp C/O được kê khai hoàn chỉnh và hợp lệ (Mẫu số 04");
      }
      assertThat(BUNDLED.form("d").orElseThrow().procedure().documents().get(1).text().vi())
          .isEqualTo(
              "Mẫu C/O mẫu D đã được khai hoàn chỉnh (Phụ lục II ban hành kèm theo Thông tư số"
                  + " 10/2022/TT-BCT ngày 01/6/2022);");
    }

    @Test
    void letTheCustomsDeclarationAndTransportDocumentComeWithinFifteenWorkingDays() {
      for (String id : new String[] {"d", "e", "rcep", "eur1-evfta"}) {
        Procedure p = BUNDLED.form(id).orElseThrow().procedure();
        assertThat(p.deferred())
            .as(id)
            .hasValueSatisfying(
                d -> {
                  assertThat(d.documents()).containsExactly("c", "đ");
                  assertThat(d.workingDays()).isEqualTo(15);
                  assertThat(d.text().vi())
                      .contains("không quá 15 ngày làm việc kể từ ngày được cấp C/O");
                });
        assertThat(p.inspection())
            .as(id)
            .hasValueSatisfying(
                s ->
                    assertThat(s.text().vi())
                        .isEqualTo(
                            "Đề nghị kiểm tra tại cơ sở sản xuất của thương nhân theo quy định"
                                + " tại khoản 1 Điều 28 Nghị định số 31/2018/NĐ-CP (nếu cần"
                                + " thiết)."));
        assertThat(p.copies())
            .as(id)
            .hasValueSatisfying(
                c -> {
                  assertThat(c.count()).isEqualTo(1);
                  assertThat(c.text().vi()).isEqualTo("01 (bộ)");
                });
        assertThat(p.validity()).as(id + ": the seed states none").isEmpty();
      }
    }
  }

  @Nested
  class AFormThatDeclaresThem {
    @Test
    void carriesTheCertificateValidity() {
      String text =
          minimal()
              .replace(
                  "  fees: \"@procedure/fees.standard\"\n",
                  "  fees: \"@procedure/fees.standard\"\n"
                      + "  validity: { en: \"12 months from issue\", vi: \"12 tháng kể từ ngày"
                      + " cấp\", source: \"Demo rule\" }\n");
      var result = DefinitionTestHelper.forText("minimal.yaml", text).load();

      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.orThrow().form("minimal").orElseThrow().procedure().validity())
          .hasValueSatisfying(s -> assertThat(s.text().vi()).isEqualTo("12 tháng kể từ ngày cấp"));
    }

    @Test
    void refusesADeferredDocumentTheDossierDoesNotList() {
      String text =
          minimal()
              .replace(
                  "  fees: \"@procedure/fees.standard\"\n",
                  "  fees: \"@procedure/fees.standard\"\n"
                      + "  documents:\n"
                      + "    - { id: a, en: \"Application\", vi: \"Đơn đề nghị\" }\n"
                      + "    - { id: c, en: \"Customs declaration\", vi: \"Tờ khai hải quan\" }\n"
                      + "  deferred: { documents: [c, d], workingDays: 15, en: \"Later\", vi:"
                      + " \"Nợ chứng từ\", source: \"Demo rule\" }\n");
      var result = DefinitionTestHelper.forText("minimal.yaml", text).load();

      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d ->
                  assertThat(d.render())
                      .contains(
                          "minimal.yaml:20:30: error[procedure.deferred-document]:"
                              + " 'procedure.deferred.documents' names 'd', which"
                              + " 'procedure.documents' does not list")
                      .contains("fix: name one of: a, c"));
    }
  }

  private static String minimal() {
    try (var in =
        ProcedureFactsTest.class.getClassLoader().getResourceAsStream("good/minimal.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
