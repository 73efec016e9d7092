package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** The value checks that keep hostile but well-formed data from hanging, crashing or lying. */
class ValueChecksTest {
  static CertificateValidator validator;
  static Catalogue catalogue;
  static final CertificateReader READER = new CertificateReader();

  /**
   * The test kit's minimal form with a date, a percentage, a quantity and at most 20 items: a field
   * of every kind of value the checks read.
   */
  static String form() {
    return DefinitionTestHelper.forResource("good/minimal.yaml")
        .text()
        .replace(
            "  - id: items\n",
            "  - { id: certificationDate, box: \"7\", type: date, label: { en: \"Date\","
                + " vi: \"Ngày\" } }\n"
                + "  - { id: rvc, box: \"8\", type: percent, label: { en: \"RVC\", vi: \"RVC\" }"
                + " }\n"
                + "  - id: items\n")
        .replace("    minItems: 1\n", "    minItems: 1\n    maxItems: 20\n")
        .replace(
            "      - { id: fob, box: \"6\"",
            "      - { id: weight, box: \"6\", type: quantity, label: { en: \"Weight\", vi:"
                + " \"Trọng lượng\" } }\n"
                + "      - { id: fob, box: \"6\"");
  }

  @BeforeAll
  static void load() {
    String form = form();
    catalogue = DefinitionTestHelper.forText("minimal.yaml", form).load().orThrow();
    validator = new CertificateValidator(CertificateValidatorTest.TODAY);
  }

  static List<Finding> validateJson(String fields) {
    Certificate c =
        READER
            .read("c.json", "{\"form\": \"minimal\", \"fields\": " + fields + "}")
            .certificate()
            .orElseThrow();
    return validator.validate(catalogue, c);
  }

  static String valid(String extra) {
    return "{\"exporter\": \"VINAFOOD 2\", \"importingCountry\": \"LA\", "
        + extra
        + (extra.isEmpty() ? "" : ", ")
        + "\"items\": [{\"description\": \"Rice\", \"criterion\": \"WO\"}]}";
  }

  static String withItem(String item) {
    return "{\"exporter\": \"VINAFOOD 2\", \"importingCountry\": \"LA\", \"items\": ["
        + item
        + "]}";
  }

  @Test
  void theBaseCertificateIsValid() {
    assertThat(validateJson(valid("\"certificationDate\": \"2026-02-27\""))).isEmpty();
  }

  @Nested
  class Dates {
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "+99999-11-12", "1899-12-31", "2200-01-01"})
    void rejectsAYearOutsideTheSupportedRangeNamingTheValueAndTheRange(String date) {
      List<Finding> findings = validateJson(valid("\"certificationDate\": \"" + date + "\""));
      assertThat(findings).extracting(Finding::ruleId).containsExactly("field.date");
      assertThat(findings.get(0).message().en())
          .isEqualTo(
              "Box 7 (Date): '"
                  + date
                  + "' is not a date from 1900 to 2199; write YYYY-MM-DD, e.g. 2026-03-01.");
    }

    @Test
    void rejectsANumberWhereADateBelongs() {
      assertThat(validateJson(valid("\"certificationDate\": 20260101")))
          .extracting(Finding::ruleId)
          .containsExactly("field.date");
    }
  }

  @Nested
  class Numbers {
    static String fob(String amount) {
      return withItem(
          "{\"description\": \"Rice\", \"criterion\": \"45%\", \"fob\": {\"amount\": "
              + amount
              + ", \"currency\": \"USD\"}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e1000000", "10000000000000", "1e13"})
    void rejectsAnAmountAboveTheDefaultMaximum(String amount) {
      List<Finding> findings = validateJson(fob(amount));
      assertThat(findings).extracting(Finding::ruleId).containsExactly("field.number");
      assertThat(findings.get(0).message().en())
          .contains("is too large; it must be less than 10000000000000");
      assertThat(findings.get(0).message().vi()).contains("quá lớn; phải nhỏ hơn 10000000000000");
      assertThat(findings.get(0).field()).isEqualTo("items[0].fob.amount");
    }

    @Test
    void acceptsTheLargestAmountBelowTheMaximum() {
      assertThat(validateJson(fob("9999999999999.99"))).isEmpty();
    }

    @Test
    void saysANegativeAmountMustNotBeNegative() {
      List<Finding> findings = validateJson(fob("-1250.5"));
      assertThat(findings).extracting(Finding::ruleId).containsExactly("field.negative");
      assertThat(findings.get(0).message().en())
          .isEqualTo("Box 6 (FOB value) must not be negative (found -1250.5).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.00001", "1e-999999999", "1234567890.123456"})
    void rejectsMoreDigitsThanAreKeptExactly(String amount) {
      assertThat(validateJson(fob(amount)))
          .singleElement()
          .satisfies(f -> assertThat(f.message().en()).contains("has too many digits"));
    }

    @Test
    void refusesInfinityAndNotANumberWhenReadingYaml() {
      for (String v : List.of(".inf", "-.inf", ".nan")) {
        var read = READER.read("c.yaml", "form: minimal\nfields:\n  rvc: " + v + "\n");
        assertThat(read.certificate()).isEmpty();
        assertThat(read.diagnostics().get(0).render()).startsWith("c.yaml:3:");
      }
    }

    @Test
    void rejectsInfinityAndNotANumberGivenThroughTheApi() {
      for (double v : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
        Certificate c =
            new Certificate(
                "minimal",
                vn.coforms.framework.model.IssuanceMode.NORMAL,
                vn.coforms.framework.certificate.LinkedCertificate.NONE,
                Map.of(
                    "exporter",
                    "X",
                    "importingCountry",
                    "LA",
                    "rvc",
                    v,
                    "items",
                    List.of(Map.of("description", "Rice", "criterion", "WO"))));
        assertThat(validator.validate(catalogue, c))
            .singleElement()
            .satisfies(f -> assertThat(f.message().en()).endsWith("is not a finite number."));
      }
    }

    @Test
    void rejectsAPercentageAboveOneHundred() {
      assertThat(validateJson(valid("\"rvc\": 100.5")))
          .singleElement()
          .satisfies(f -> assertThat(f.message().en()).contains("it must be at most 100"));
      assertThat(validateJson(valid("\"rvc\": 100"))).isEmpty();
    }
  }

  @Nested
  class Characters {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "VINAFOOD 中国",
          "VINAFOOD \\u0000",
          "VINAFOOD \\u001b[31m",
          "VINAFOOD \\u202egnp.exe",
          "VINAFOOD \\ud83d\\ude00",
          "VINAFOOD \\u05d0"
        })
    void rejectsACharacterTheFontsCannotPrintNamingItAndItsPosition(String exporter) {
      List<Finding> findings =
          validateJson(
              "{\"exporter\": \""
                  + exporter
                  + "\", \"importingCountry\": \"LA\", \"items\": [{\"description\": \"Rice\","
                  + " \"criterion\": \"WO\"}]}");
      assertThat(findings).extracting(Finding::ruleId).containsExactly("field.character");
      assertThat(findings.get(0).message().en())
          .startsWith("Box 1 (Exporter): character U+")
          .contains("at position 10 cannot be printed on this form")
          .doesNotContain("\u0000", "\u001b", "\u202e");
    }

    @Test
    void namesAVisibleCharacterAsItself() {
      assertThat(validateJson(valid("\"referenceNo\": \"VN-CN 26/中\"")).get(0).message().en())
          .contains("character U+4E2D '中' at position 10");
    }

    @Test
    void acceptsVietnameseAndLineBreaks() {
      assertThat(
              validateJson(
                  "{\"exporter\": \"CÔNG TY LƯƠNG THỰC\\nĐồng Tháp, Việt Nam\","
                      + " \"importingCountry\": \"LA\", \"items\": [{\"description\": \"Gạo"
                      + " trắng – 5% tấm\", \"criterion\": \"WO\"}]}"))
          .isEmpty();
    }

    @Test
    void rejectsAControlCharacterInAUnit() {
      assertThat(
              validateJson(
                  withItem(
                      "{\"description\": \"Rice\", \"criterion\": \"WO\", \"weight\": {\"value\":"
                          + " 1, \"unit\": \"KG\\u0007\"}}")))
          .singleElement()
          .satisfies(f -> assertThat(f.field()).isEqualTo("items[0].weight.unit"));
    }
  }

  @Nested
  class ManyItems {
    static Map<String, Object> fields(int items) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("exporter", "VINAFOOD 2");
      f.put("importingCountry", "LA");
      List<Object> rows = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        rows.add(Map.of("description", "", "criterion", "?", "fob", "x", "extra", 1));
      }
      f.put("items", rows);
      return f;
    }

    @Test
    void reportsTooManyItemsOnceAndChecksNoRow() {
      Certificate c =
          new Certificate(
              "minimal",
              vn.coforms.framework.model.IssuanceMode.NORMAL,
              vn.coforms.framework.certificate.LinkedCertificate.NONE,
              fields(90_000));
      List<Finding> findings =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> validator.validate(catalogue, c));
      assertThat(findings).extracting(Finding::ruleId).containsExactly("group.max-items");
      assertThat(findings.get(0).message().en())
          .isEqualTo("(Goods) allows at most 20 item(s), found 90000; the items were not checked.");
      assertThat(CertificateValidator.printable(findings)).isFalse();
    }

    @Test
    void capsTheFindingsOfEachRuleAndCountsTheRest() {
      Certificate c =
          new Certificate(
              "minimal",
              vn.coforms.framework.model.IssuanceMode.NORMAL,
              vn.coforms.framework.certificate.LinkedCertificate.NONE,
              fields(20));
      List<Finding> findings = validator.validate(catalogue, c);
      // each of 20 rows has: unknown key, required description, criterion, type of fob
      assertThat(findings.stream().filter(f -> f.ruleId().equals("field.unknown"))).hasSize(20);
      List<Finding> many = FindingCap.apply(repeat(findings.get(0), 130));
      assertThat(many).hasSize(FindingCap.PER_RULE + 1);
      assertThat(many.get(FindingCap.PER_RULE).message().en())
          .isEqualTo("… and 80 more finding(s) of field.unknown not listed.");
    }

    static List<Finding> repeat(Finding f, int times) {
      List<Finding> out = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        out.add(f);
      }
      return out;
    }
  }
}
