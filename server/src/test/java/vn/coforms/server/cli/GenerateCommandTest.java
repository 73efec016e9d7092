package vn.coforms.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coforms.server.cli.CliTest.FORMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.server.cli.CliTest.Run;

class GenerateCommandTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static Run generate(String... args) {
    return CliTest.run(
        Stream.concat(Stream.of("generate", "--forms", FORMS.toString()), Stream.of(args))
            .toArray(String[]::new));
  }

  @Nested
  class RefusesBeforeMakingAnything {
    @Test
    void anUnknownFormWithTheClosestIdAndTheLoadedOnes() {
      Run r = generate("--form", "rcp");

      assertThat(r.err())
          .isEqualTo(
              "error: form 'rcp' is not loaded (did you mean 'rcep'?); loaded: "
                  + String.join(
                      ", ", DefinitionTestHelper.repositoryFormIds().stream().sorted().toList())
                  + "\n");
      assertThat(r.out()).isEmpty();
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aModeTheFormDoesNotAllowListingTheOnesItDoes() {
      Run r = generate("--form", "eur1-evfta", "--mode", "backToBack");

      assertThat(r.err())
          .isEqualTo(
              "error: form 'eur1-evfta' does not allow issuance mode 'backToBack'; form"
                  + " 'eur1-evfta' allows: normal, retroactive, certifiedTrueCopy, replacement\n");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aMisspeltModeWithTheClosestOne() {
      Run r = generate("--form", "d", "--mode", "retroactiv");

      assertThat(r.err())
          .startsWith(
              "error: there is no issuance mode 'retroactiv' (did you mean 'retroactive'?); form"
                  + " 'd' allows: normal, retroactive, ");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void anItemCountOutsideTheRowsTheFormTakes() {
      for (String items : List.of("0", "501", "2147483647")) {
        Run r = generate("--form", "d", "--items", items);

        assertThat(r.err())
            .as(items)
            .isEqualTo(
                "error: --items "
                    + items
                    + " is outside 1..500, the item rows form 'd' takes; give a number in that"
                    + " range, e.g. --items 3\n");
        assertThat(r.exit()).isEqualTo(1);
      }
    }

    @Test
    void aMisspeltRuleWithTheClosestOne() {
      Run r = generate("--form", "d", "--invalid", "d.fob.only-with-rv");

      assertThat(r.err())
          .startsWith(
              "error: form 'd' has no rule 'd.fob.only-with-rv' (did you mean"
                  + " 'd.fob.only-with-rvc'?); the ones --invalid can break: ")
          .contains("d.fob.only-with-rvc, ", "field.required, ")
          .hasLineCount(1);
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void optionsTheRuleBreakerWouldIgnore() {
      Run r =
          generate("--form", "d", "--invalid", "field.required", "--items", "4", "--lang", "vi");

      assertThat(r.err())
          .isEqualTo(
              "error: --invalid breaks one rule of a certificate made from the seed alone; leave"
                  + " out --items, --lang (vary --seed for another certificate)\n");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aRuleIdWithALineBreakOnOneLine() {
      Run r = generate("--form", "d", "--invalid", "x\nwrote d.json");

      assertThat(r.err()).startsWith("error: form 'd' has no rule 'x\\nwrote d.json';");
      assertThat(r.err()).hasLineCount(1);
    }

    @Test
    void aNegativeSeedOrItemCountWithPicocliMessage() {
      Run seed = generate("--form", "d", "--seed", "-1");
      Run items = generate("--form", "d", "--items", "-3");

      assertThat(seed.err())
          .startsWith("Invalid value for option '--seed': -1 is negative; give 0 or more\n");
      assertThat(items.err())
          .startsWith("Invalid value for option '--items': -3 is negative; give 0 or more\n");
      assertThat(seed.exit()).isEqualTo(2);
      assertThat(items.exit()).isEqualTo(2);
    }

    @Test
    void aSeedThatIsNoNumberWithPicocliMessage() {
      Run r = generate("--form", "d", "--seed", "one");

      assertThat(r.err()).startsWith("Invalid value for option '--seed': 'one' is not a long\n");
      assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void aDayThatDoesNotExistOrIsOutsideTheCertificatesYears() {
      Run february = generate("--form", "d", "--today", "2026-02-30");
      Run far = generate("--form", "d", "--today", "2199-06-01");

      assertThat(february.err())
          .startsWith(
              "Invalid value for option '--today': '2026-02-30' is not a day; write yyyy-MM-dd,"
                  + " e.g. 2026-11-25\n");
      assertThat(far.err())
          .startsWith(
              "Invalid value for option '--today': 2199-06-01 is outside 1901-01-01..2198-12-31:"
                  + " certificates are dated 1900 to 2199, and the data needs a year either side"
                  + " of today\n");
      assertThat(february.exit()).isEqualTo(2);
    }

    @Test
    void anOutputThatIsAFolder(@TempDir Path dir) {
      Run r = generate("--form", "d", "-o", dir.toString());

      assertThat(r.err())
          .isEqualTo(
              "error: cannot write "
                  + dir
                  + ": it is a folder; give a file name, e.g. "
                  + dir.resolve("certificate.json")
                  + "\n");
      assertThat(dir).isEmptyDirectory();
      assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void anOutputInAFolderThatDoesNotExist(@TempDir Path dir) {
      Path target = dir.resolve("missing").resolve("d.json");

      Run r = generate("--form", "d", "-o", target.toString());

      assertThat(r.err())
          .isEqualTo(
              "error: cannot write "
                  + target
                  + ": folder "
                  + target.getParent()
                  + " does not exist; create it first\n");
      assertThat(dir).isEmptyDirectory();
      assertThat(r.exit()).isEqualTo(2);
    }
  }

  @Nested
  class Generates {
    @ParameterizedTest
    @ValueSource(strings = {"d", "e", "eur1-evfta", "rcep"})
    void aFileThatValidatesClean(String form, @TempDir Path dir) {
      Path file = dir.resolve(form + ".json");

      Run generated = generate("--form", form, "--items", "4", "-o", file.toString());
      Run validated = CliTest.validate(form, file.toString());

      assertThat(generated.err()).isEqualTo("seed 1\n");
      assertThat(generated.out()).startsWith("wrote " + file + " (").endsWith(" bytes)\n");
      assertThat(generated.exit()).isZero();
      assertThat(validated.out()).isEqualTo("valid: no findings\n");
      assertThat(validated.exit()).isZero();
    }

    @Test
    void theJsonToStandardOutputAndTheSeedToStandardError() throws IOException {
      Run r = generate("--form", "e", "--seed", "7");

      JsonNode json = JSON.readTree(r.out());
      assertThat(json.get("form").asText()).isEqualTo("e");
      assertThat(r.out()).endsWith("}\n");
      assertThat(r.err()).isEqualTo("seed 7\n");
      assertThat(r.exit()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
      String[] args = {"--form", "rcep", "--today", "2026-11-25"};

      Run first = generate(args);
      Run again = generate(args);
      Run other = generate("--form", "rcep", "--today", "2026-11-25", "--seed", "2");

      assertThat(again.out()).isEqualTo(first.out());
      assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void theDayGivenDatesTheData() throws IOException {
      JsonNode fields =
          JSON.readTree(generate("--form", "d", "--today", "2024-03-15").out()).get("fields");

      assertThat(fields.get("certificationDate").asText()).isLessThanOrEqualTo("2024-03-15");
      assertThat(fields.get("declarationDate").asText()).startsWith("2024-");
    }

    @Test
    void passesTheItemsTheModeAndTheFillToTheGenerator() throws IOException {
      JsonNode json =
          JSON.readTree(
              generate("--form", "d", "--items", "12", "--mode", "retroactive", "--lang", "VI")
                  .out());
      JsonNode few = JSON.readTree(generate("--form", "d", "--required-only").out());
      JsonNode all = JSON.readTree(generate("--form", "d").out());

      assertThat(json.get("fields").get("items")).hasSize(12);
      assertThat(json.get("issuance").get("mode").asText()).isEqualTo("retroactive");
      assertThat(few.get("fields").size()).isLessThan(all.get("fields").size());
    }

    @ParameterizedTest
    @CsvSource({
      "d, d.fob.only-with-rvc",
      "e, field.required",
      "rcep, rcep.fob.only-with-rvc",
      "eur1-evfta, eur1-evfta.invoice.before-declaration"
    })
    void aFileThatBreaksExactlyTheRuleAskedFor(String form, String rule, @TempDir Path dir) {
      Path file = dir.resolve(form + ".json");

      Run generated = generate("--form", form, "--invalid", rule, "-o", file.toString());
      Run validated = CliTest.validate(form, file.toString());

      assertThat(generated.exit()).as(generated.err()).isZero();
      List<String> lines = validated.out().lines().toList();
      assertThat(lines.get(lines.size() - 1)).endsWith(" finding(s)");
      assertThat(lines.subList(0, lines.size() - 1))
          .isNotEmpty()
          .allSatisfy(line -> assertThat(line).startsWith("error " + rule + " "));
      assertThat(validated.exit()).isEqualTo(1);
    }

    @Test
    void aBuiltInCheckThatNoDataOfTheFormCanTriggerWithTheOnesThatCan() {
      Run r = generate("--form", "eur1-evfta", "--invalid", "field.hs-code");

      assertThat(r.err())
          .startsWith(
              "error: no data of form 'eur1-evfta' can trigger 'field.hs-code' alone; the ones"
                  + " --invalid can break: common.linked.required, ")
          .hasLineCount(1);
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aCheckNoDataCanTriggerWithTheReason() {
      Run r = generate("--form", "d", "--invalid", "rule.failed");

      assertThat(r.err())
          .isEqualTo(
              "seed 1\nerror: rule.failed cannot be triggered from data: it reports a rule whose"
                  + " CEL or regular expression could not be evaluated, which is a fault of the"
                  + " form, not of a certificate\n");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestLeavesTheFileThatWasThere(@TempDir Path dir) throws IOException {
      Path file = Files.writeString(dir.resolve("d.json"), "kept");

      Run r = generate("--form", "d", "--items", "0", "-o", file.toString());

      assertThat(r.exit()).isEqualTo(1);
      assertThat(file).hasContent("kept");
    }
  }

  @Nested
  class WritesAtomically {
    @Test
    void aWriteThatFailsLeavesNeitherTheFileNorItsTemporaryCopy(@TempDir Path dir) {
      Path target = dir.resolve("x".repeat(250) + ".json");

      var failed =
          OutputFile.replace(target, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

      assertThat(failed).hasValueSatisfying(m -> assertThat(m).startsWith("error: cannot write "));
      assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aWriteReplacesTheWholeFileAndLeavesNoTemporaryCopy(@TempDir Path dir) throws IOException {
      Path target = dir.resolve("d.json");
      Files.writeString(target, "old ".repeat(10_000));

      var failed =
          OutputFile.replace(target, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

      assertThat(failed).isEmpty();
      assertThat(target).hasContent("{}");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(target);
      }
    }

    @Test
    void refusesAFolderThatAppearedWhereTheFileWasToGo(@TempDir Path dir) throws IOException {
      Path target = Files.createDirectory(dir.resolve("d.json"));

      var failed =
          OutputFile.replace(target, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

      assertThat(failed)
          .hasValue(
              "error: cannot write "
                  + target
                  + ": it is a folder; give a file name, e.g. "
                  + target.resolve("out.json"));
      assertThat(target).isEmptyDirectory();
    }
  }
}
