package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.UnknownFormException;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class CertificateValidatorTest {
  static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  static final CertificateValidator validator = new CertificateValidator(TODAY);
  static Catalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = DefinitionTestHelper.forResource("good/minimal.yaml").load().orThrow();
  }

  static Map<String, Object> item(String description, String criterion, @Nullable Object fob) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", description);
    m.put("criterion", criterion);
    if (fob != null) {
      m.put("fob", fob);
    }
    return m;
  }

  static Certificate valid() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("exporter", "VINAFOOD 2, HO CHI MINH CITY, VIET NAM");
    f.put("importingCountry", "LA");
    f.put("exhibition", false);
    f.put(
        "items",
        List.of(
            item("Rice", "WO", null),
            item("Noodles", "45%", Map.of("amount", 1200.5, "currency", "USD"))));
    return new Certificate("minimal", IssuanceMode.NORMAL, LinkedCertificate.NONE, f);
  }

  static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.field()).toList();
  }

  @Test
  void aValidCertificateHasNoFindings() {
    assertThat(validator.validate(catalogue, valid())).isEmpty();
  }

  @Nested
  class FieldChecks {
    @Test
    void reportsAMissingRequiredFieldWithItsBoxInBothLanguages() {
      Finding f = validator.validate(catalogue, valid().with("exporter", "  ")).get(0);
      assertThat(f.ruleId()).isEqualTo("field.required");
      assertThat(f.box()).isEqualTo("1");
      assertThat(f.message().en()).isEqualTo("Box 1 (Exporter) is required.");
      assertThat(f.message().vi()).isEqualTo("Phải khai Ô số 1 (Người xuất khẩu).");
    }

    @Test
    void reportsAnUnknownKeyWithTheClosestFieldName() {
      List<Finding> findings = validator.validate(catalogue, valid().with("exportr", "X"));
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("field.unknown");
                assertThat(f.message().en()).contains("did you mean 'exporter'?");
              });
    }

    @Test
    void rejectsAnImportingCountryOutsideTheParties() {
      assertThat(ids(validator.validate(catalogue, valid().with("importingCountry", "CN"))))
          .containsExactly("field.party importingCountry");
    }

    @Test
    void rejectsAnUnknownCountryCode() {
      assertThat(ids(validator.validate(catalogue, valid().with("importingCountry", "XX"))))
          .containsExactly("field.country importingCountry");
    }

    @Test
    void rejectsAnRvcBelowTheDeclaredMinimumWithTheDeclaredMessage() {
      var c =
          valid()
              .with(
                  "items",
                  List.of(item("Noodles", "35%", Map.of("amount", 10, "currency", "USD"))));
      assertThat(validator.validate(catalogue, c))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("criterion.rvc-bounds");
                assertThat(f.field()).isEqualTo("items[0].criterion");
                assertThat(f.row()).hasValue(1);
                assertThat(f.message().en()).isEqualTo("RVC below 40%");
              });
    }

    @Test
    void rejectsACriterionOutsideTheGrammar() {
      var c = valid().with("items", List.of(item("Rice", "CTH", null)));
      assertThat(ids(validator.validate(catalogue, c)))
          .containsExactly("field.criterion items[0].criterion");
    }

    @Test
    void reportsAWrongValueTypeInsteadOfFailing() {
      var c = valid().with("items", List.of(item("Rice", "45%", "1200 USD")));
      assertThat(ids(validator.validate(catalogue, c))).containsExactly("field.type items[0].fob");
    }

    @Test
    void countsItems() {
      assertThat(ids(validator.validate(catalogue, valid().with("items", List.of()))))
          .containsExactly("group.min-items items");
    }
  }

  @Nested
  class Rules {
    @Test
    void checkAPerItemRuleOnEveryRowAndNameTheRow() {
      var c =
          valid()
              .with(
                  "items",
                  List.of(
                      item("Rice", "WO", null),
                      item("Pepper", "WO", Map.of("amount", 5, "currency", "USD"))));
      assertThat(validator.validate(catalogue, c))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("minimal.fob.only-with-rvc");
                assertThat(f.field()).isEqualTo("items[1].fob");
                assertThat(f.row()).hasValue(2);
                assertThat(f.box()).isEqualTo("6");
                assertThat(f.source()).isEqualTo("test fixture");
              });
    }

    @Test
    void applyOnlyWhenTheirConditionHolds() {
      assertThat(ids(validator.validate(catalogue, valid().with("exhibition", true))))
          .containsExactly("minimal.exhibition.name exhibitionName");
      assertThat(
              validator.validate(
                  catalogue,
                  valid().with("exhibition", true).with("exhibitionName", "Vietnam Expo 2026")))
          .isEmpty();
    }

    @Test
    void useTheInjectedClockForToday() {
      var copy =
          new Certificate(
              "minimal",
              IssuanceMode.NORMAL,
              new LinkedCertificate("VN-LA 26/02/00001", "2026-03-02", ""),
              valid().fields());
      assertThat(ids(validator.validate(catalogue, copy)))
          .contains("common.linked.date-not-future ", "common.linked.forbidden ");
    }
  }

  @Nested
  class Issuance {
    @Test
    void rejectsAModeTheFormDoesNotAllow() {
      var c =
          new Certificate(
              "minimal",
              IssuanceMode.BACK_TO_BACK,
              new LinkedCertificate("X-1", "2026-01-01", "MOIT"),
              valid().fields());
      assertThat(ids(validator.validate(catalogue, c)))
          .containsExactly("issuance.mode-not-allowed issuance.mode");
    }

    @Test
    void citesTheProcedureTheFormDeclaresNotOneBuiltIntoTheEngine() {
      Catalogue other = DefinitionTestHelper.forResource("good/other-names.yaml").load().orThrow();
      var c =
          new Certificate(
              "other-names", IssuanceMode.RETROACTIVE, LinkedCertificate.NONE, valid().fields());
      assertThat(validator.validate(other, c))
          .filteredOn(f -> f.ruleId().equals("issuance.mode-not-allowed"))
          .singleElement()
          .extracting(Finding::source)
          .isEqualTo("issuance of forms/other-names.yaml; Procedure 9.999999 (test fixture)");
    }

    @Test
    void citesTheFormsOwnProcedureCodeWhenItDeclaresNoSource() {
      var c =
          new Certificate(
              "minimal", IssuanceMode.RETROACTIVE, LinkedCertificate.NONE, valid().fields());
      assertThat(validator.validate(catalogue, c))
          .filteredOn(f -> f.ruleId().equals("issuance.mode-not-allowed"))
          .singleElement()
          .extracting(Finding::source)
          .isEqualTo("issuance of forms/minimal.yaml; procedure 0.000000");
    }
  }

  @Test
  void throwsForAFormThatIsNotLoaded() {
    var c = new Certificate("minimall", IssuanceMode.NORMAL, LinkedCertificate.NONE, Map.of());
    assertThatThrownBy(() -> validator.validate(catalogue, c))
        .isInstanceOf(UnknownFormException.class)
        .hasMessageContaining("did you mean 'minimal'?");
  }

  @Test
  void traceSaysWhereEachRuleAppliedAndFailed() {
    var c =
        valid()
            .with(
                "items",
                List.of(
                    item("Rice", "WO", Map.of("amount", 5, "currency", "USD")),
                    item("Tea", "WO", null)));
    var trace =
        validator.trace(catalogue, c).stream()
            .filter(t -> t.ruleId().equals("minimal.fob.only-with-rvc"))
            .findFirst()
            .orElseThrow();
    assertThat(trace.applied()).isEqualTo(2);
    assertThat(trace.violated()).isEqualTo(1);
  }
}
