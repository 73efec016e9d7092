package vn.coforms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.rule.Rule;

class GeneratorTest {
  static final Certificates CERTIFICATES = Certificates.bundled().on(LocalDate.of(2026, 11, 18));

  static Stream<Arguments> formsAndModes() {
    List<Arguments> out = new ArrayList<>();
    for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
      for (IssuanceMode mode : form.issuance().modes()) {
        out.add(Arguments.of(form.id(), mode));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formsAndModes")
  void generatesCertificatesThatValidateClean(String formId, IssuanceMode mode) {
    for (int items : new int[] {1, 3}) {
      for (long seed = 1; seed <= 10; seed++) {
        GenerateOptions options = GenerateOptions.defaults().withMode(mode).withItems(items);
        Certificate c = CERTIFICATES.generate(formId, seed, options);
        assertThat(CERTIFICATES.validate(c))
            .as("seed %d items %d: %s", seed, items, CERTIFICATES.json(c))
            .isEmpty();
        assertThat(c.mode()).isEqualTo(mode);
        assertThat(c.rows("items")).hasSize(items);
      }
    }
  }

  @Nested
  class Determinism {
    @Test
    void theSameFormSeedAndOptionsGiveTheSameCertificate() {
      for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
        GenerateOptions options = GenerateOptions.defaults().withItems(3).withLongTexts();
        String first = CERTIFICATES.json(CERTIFICATES.generate(form.id(), 7, options));
        Certificates fresh = Certificates.bundled().on(LocalDate.of(2026, 11, 18));
        assertThat(fresh.json(fresh.generate(form.id(), 7, options))).isEqualTo(first);
      }
    }

    @Test
    void differentSeedsGiveDifferentCertificates() {
      for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
        Set<String> jsons =
            Stream.of(1L, 2L, 3L)
                .map(seed -> CERTIFICATES.json(CERTIFICATES.generate(form.id(), seed)))
                .collect(Collectors.toSet());
        assertThat(jsons).hasSize(3);
      }
    }
  }

  @Nested
  class Options {
    @Test
    void requiredOnlyLeavesOptionalFieldsNoRuleNamesEmpty() {
      for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
        Set<String> named = new java.util.HashSet<>();
        for (Rule r : form.rules()) {
          named.addAll(r.header().fields());
          named.addAll(RuleSlots.named(r));
        }
        Certificate c =
            CERTIFICATES.generate(form.id(), 3, GenerateOptions.defaults().requiredOnly());
        List<String> filledOptional =
            form.fields().stream()
                .filter(f -> !f.required() && !f.isGroup() && !named.contains(f.id()))
                .filter(f -> f.type() != vn.coforms.framework.model.FieldType.TICK)
                .map(FieldDef::id)
                .filter(id -> c.fields().containsKey(id))
                .toList();
        assertThat(filledOptional).as(form.id()).isEmpty();
      }
    }

    @Test
    void longTextsAreLongerAndStillValid() {
      for (FormDefinition form : CERTIFICATES.catalogue().forms()) {
        Certificate normal = CERTIFICATES.generate(form.id(), 5);
        Certificate long_ =
            CERTIFICATES.generate(form.id(), 5, GenerateOptions.defaults().withLongTexts());
        assertThat(CERTIFICATES.validate(long_)).isEmpty();
        assertThat(totalText(long_)).as(form.id()).isGreaterThan(totalText(normal) * 13 / 10);
      }
    }

    @Test
    void vietnameseNamesCarryDiacritics() {
      Certificate c =
          CERTIFICATES.generate(
              "e", 4, GenerateOptions.defaults().inLanguage(GenerateOptions.Language.VI));
      assertThat((String) c.fields().get("exporter"))
          .containsPattern("[ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸĐÔƠƯĂÂÊ]");
      assertThat(CERTIFICATES.validate(c)).isEmpty();
    }

    @Test
    void manyItemsValidateClean() {
      Certificate c = CERTIFICATES.generate("d", 1, GenerateOptions.defaults().withItems(40));
      assertThat(c.rows("items")).hasSize(40);
      assertThat(CERTIFICATES.validate(c)).isEmpty();
    }

    @Test
    void refusesMoreItemsThanTheFormAllows() {
      assertThatThrownBy(
              () -> CERTIFICATES.generate("rcep", 1, GenerateOptions.defaults().withItems(201)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("form 'rcep' takes 1 to 200 item rows; 201 were asked for");
    }

    @Test
    void refusesAModeTheFormDoesNotAllowNamingTheAllowedOnes() {
      assertThatThrownBy(
              () ->
                  CERTIFICATES.generate(
                      "rcep", 1, GenerateOptions.defaults().withMode(IssuanceMode.REPLACEMENT)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot be issued as 'replacement'")
          .hasMessageContaining("normal, retroactive, certifiedTrueCopy, backToBack");
    }

    /** The characters of every text the certificate holds, item rows included. */
    private int totalText(Certificate c) {
      int n = 0;
      for (Object v : c.fields().values()) {
        n += v instanceof String s ? s.length() : 0;
      }
      for (var row : c.rows("items")) {
        for (Object v : row.values()) {
          n += v instanceof String s ? s.length() : 0;
        }
      }
      return n;
    }
  }

  @Test
  void anUnsatisfiableRuleFailsNamingTheRuleAndTheSeed(@TempDir Path dir) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("forms/schema/coforms.schema.json"))) {
      root = java.util.Objects.requireNonNull(root.getParent(), "no forms/schema above the module");
    }
    Path forms = Files.createDirectories(dir.resolve("forms"));
    for (String sub : List.of("common", "schema")) {
      Path target = Files.createDirectories(forms.resolve(sub));
      try (Stream<Path> files = Files.list(root.resolve("forms").resolve(sub))) {
        for (Path f : files.toList()) {
          Files.copy(f, target.resolve(f.getFileName()));
        }
      }
    }
    String readme = Files.readString(root.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Declaring a form"));
    int start = section.indexOf("```yaml\n") + "```yaml\n".length();
    String demo = section.substring(start, section.indexOf("```", start));
    String unsatisfiable =
        "  - id: demo.exporter.impossible\n"
            + "    kind: expression\n"
            + "    fields: [exporter]\n"
            + "    check: \"exporter == 'A' && exporter == 'B'\"\n"
            + "    message: { en: \"The exporter is A and B at once.\", vi: \"Người xuất khẩu"
            + " vừa là A vừa là B.\" }\n"
            + "    source: \"test\"\n";
    Files.writeString(
        forms.resolve("demo.yaml"), demo.replace("\nlayout:", "\n" + unsatisfiable + "layout:"));
    Certificates fixture = Certificates.from(forms);

    assertThatThrownBy(() -> fixture.generate("demo", 42))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("form 'demo' (seed 42")
        .hasMessageContaining("rule demo.exporter.impossible")
        .hasMessageContaining("The exporter is A and B at once.")
        .hasMessageContaining("values tried: ");
  }
}
