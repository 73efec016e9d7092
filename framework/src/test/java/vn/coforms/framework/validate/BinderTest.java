package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.model.value.FieldValues;
import vn.coforms.framework.model.value.Row;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** Raw certificate data is bound once to typed values, each carrying its field path. */
class BinderTest {
  static FormDefinition form;

  @BeforeAll
  static void load() {
    String yaml = ValueChecksTest.form();
    form = DefinitionTestHelper.forText("minimal.yaml", yaml).load().orThrow().require("minimal");
  }

  static Binder.Binding bind(String fieldsJson) {
    Certificate c =
        new CertificateReader()
            .read("c.json", "{\"form\": \"minimal\", \"fields\": " + fieldsJson + "}")
            .certificate()
            .orElseThrow();
    return Binder.bind(form, c);
  }

  @Nested
  class EachTypeBindsToItsOwnRecord {
    @Test
    void topLevelValuesCarryTheirPath() {
      FieldValues v =
          bind("""
                  {"exporter": "ACME", "importingCountry": "LA", "exhibition": true,
                   "certificationDate": "2026-03-01", "rvc": 42.5}""")
              .certificate()
              .values();

      assertThat(v.value("exporter")).contains(new FieldValue.Text(path("exporter"), "ACME"));
      assertThat(v.value("importingCountry"))
          .contains(new FieldValue.CountryCode(path("importingCountry"), "LA"));
      assertThat(v.value("exhibition")).contains(new FieldValue.Tick(path("exhibition"), true));
      assertThat(v.value("certificationDate"))
          .contains(new FieldValue.Date(path("certificationDate"), LocalDate.of(2026, 3, 1)));
      assertThat(v.value("rvc").flatMap(FieldValue::number)).contains(new BigDecimal("42.5"));
    }

    @Test
    void itemRowsHoldTypedValuesAtTheirRowPath() {
      FieldValues v =
          bind("""
                  {"items": [{"description": "A", "criterion": "WO"},
                             {"description": "B", "criterion": "45%",
                              "fob": {"amount": 1250.5, "currency": "USD"}}]}""")
              .certificate()
              .values();

      List<Row> rows = v.rows("items");
      assertThat(rows).hasSize(2);
      FieldValue fob = rows.get(1).value("fob").orElseThrow();
      assertThat(fob)
          .isEqualTo(
              new FieldValue.Amount(
                  path("items").item(1, "fob"), new BigDecimal("1250.5"), "USD", true));
      assertThat(fob.path().toString()).isEqualTo("items[1].fob");
      assertThat(fob.path().row()).hasValue(2);
      assertThat(rows.get(0).value("criterion").orElseThrow())
          .isInstanceOf(FieldValue.Criterion.class);
    }

    @Test
    void anAbsentFieldHasNoValue() {
      assertThat(bind("{}").certificate().values().value("exporter")).isEmpty();
    }
  }

  @Nested
  class DataThatDoesNotBind {
    @Test
    void isAFindingAtItsPathAndAnUnreadableValue() {
      Binder.Binding b =
          bind(
              """
              {"exhibition": "yes",
               "items": [{"description": "A", "criterion": "WO", "fob": {"amount": "1"}}]}""");

      assertThat(b.findings())
          .extracting(Finding::ruleId, Finding::field)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("field.type", "exhibition"),
              org.assertj.core.groups.Tuple.tuple("field.type", "items[0].fob"));
      assertThat(b.certificate().values().value("exhibition"))
          .contains(new FieldValue.Unreadable(path("exhibition"), "yes"));
      assertThat(b.certificate().values().ticked("exhibition")).isFalse();
    }

    @Test
    void aDateThatIsNoDateIsReportedOnceAndKeptAsWritten() {
      Binder.Binding b = bind("{\"certificationDate\": \"2026-02-30\"}");

      assertThat(b.findings()).extracting(Finding::ruleId).containsExactly("field.date");
      assertThat(b.certificate().values().text("certificationDate")).isEqualTo("2026-02-30");
    }

    @Test
    void aKeyNoFieldDeclaresIsReportedWithTheRowPath() {
      Binder.Binding b =
          bind("{\"items\": [{\"description\": \"A\", \"criterion\": \"WO\", \"hs\": \"1\"}]}");

      assertThat(b.findings())
          .extracting(Finding::ruleId, Finding::field)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("field.unknown", "items[0].hs"));
      assertThat(b.findings().get(0).row()).hasValue(1);
    }

    @Test
    void bindingLeavesTheReceivedDocumentUntouched() {
      Binder.Binding b = bind("{\"exhibition\": \"yes\", \"exporter\": 12}");

      assertThat(b.certificate().source().fields())
          .isEqualTo(Map.of("exhibition", "yes", "exporter", 12));
    }
  }

  private static vn.coforms.framework.model.value.FieldPath path(String field) {
    return vn.coforms.framework.model.value.FieldPath.of(field);
  }
}
