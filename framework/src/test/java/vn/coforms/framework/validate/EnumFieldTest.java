package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * An {@code enum} field accepts only its declared values. No bundled form declares one yet, so this
 * test is where {@code field.enum} is exercised (FindingCodeCoverageTest names it).
 */
class EnumFieldTest {
  static CertificateValidator validator;
  static Catalogue catalogue;

  @BeforeAll
  static void load() throws IOException {
    String minimal;
    try (InputStream in =
        Objects.requireNonNull(
            EnumFieldTest.class.getClassLoader().getResourceAsStream("good/minimal.yaml"))) {
      minimal = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String form =
        minimal.replace(
            "  - id: items\n",
            "  - { id: transport, box: \"7\", type: enum, values: [SEA, AIR, ROAD], label: { en:"
                + " \"Means of transport\", vi: \"Phương tiện vận tải\" } }\n"
                + "  - id: items\n");
    catalogue = DefinitionTestHelper.forText("minimal.yaml", form).load().orThrow();
    validator = new CertificateValidator(CertificateValidatorTest.TODAY);
  }

  static List<Finding> validate(String transport) {
    String json =
        "{\"form\": \"minimal\", \"fields\": {\"exporter\": \"VINAFOOD 2\", \"importingCountry\":"
            + " \"LA\", \"transport\": \""
            + transport
            + "\", \"items\": [{\"description\": \"Rice\", \"criterion\": \"WO\"}]}}";
    return validator.validate(
        catalogue, new CertificateReader().read("c.json", json).certificate().orElseThrow());
  }

  @Test
  void acceptsADeclaredValue() {
    assertThat(validate("AIR")).isEmpty();
  }

  @Test
  void rejectsAnUndeclaredValueNamingItAndTheAllowedOnes() {
    List<Finding> findings = validate("RAIL");
    assertThat(findings).extracting(Finding::ruleId).containsExactly("field.enum");
    assertThat(findings.get(0).message().en()).contains("'RAIL'").contains("[SEA, AIR, ROAD]");
  }
}
