package vn.coforms.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.server.Main;

class CliTest {
  static final Path FORMS = Path.of("../forms");
  static final Path SAMPLES = Path.of("../samples/src/main/resources/samples");

  record Run(int exit, String out, String err) {}

  static Run validate(String form, String file) {
    return run("validate", "--forms", FORMS.toString(), "--form", form, file);
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Nested
  class Lint {
    @Test
    void loadsTheFourFormsWithNoDiagnostics() {
      Run r = run("lint", FORMS.toString());
      assertThat(r.out()).isEqualTo("0 error(s). " + DefinitionTestHelper.loadedSummary() + "\n");
      assertThat(r.exit()).isZero();
    }

    @Test
    void refusesBoxesThatOverlap(@TempDir Path dir) throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path d = dir.resolve("d.yaml");
      List<String> lines = Files.readAllLines(d);
      int box1 = indexOf(lines, "          id: box1", 0);
      int box2 = indexOf(lines, "          id: box2", 0);
      lines.set(box2 + 1, lines.get(box2 + 1).replace("[10, 42, 100, 28]", "[10, 38, 100, 28]"));
      Files.write(d, lines);

      Run r = run("lint", dir.toString());

      assertThat(r.out())
          .startsWith(
              d
                  + ":"
                  + box2
                  + ":11: error[layout.overlap]: box 'box2' overlaps box 'box1' (declared at line "
                  + box1
                  + ") by 100.0 × 4.0 mm on page 'front': their frames and texts would print over"
                  + " each other\n"
                  + "    fix: move or shrink one of them so that the rectangles at most share an"
                  + " edge\n");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void warnsOfAFieldPrintedNowhereAndStillExitsZero(@TempDir Path dir) throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path d = dir.resolve("d.yaml");
      List<String> lines = Files.readAllLines(d);
      int fields = indexOf(lines, "fields:", 0);
      lines.add(
          fields + 1,
          "  - { id: curatorNote, box: \"9\", type: text, label: { en: \"Remarks\", vi: \"Ghi"
              + " chú\" } }");
      Files.write(d, lines);

      Run r = run("lint", dir.toString());

      assertThat(r.out())
          .isEqualTo(
              d
                  + ":"
                  + (fields + 2)
                  + ":5: warning[layout.unprinted-field]: field 'curatorNote' is declared but printed"
                  + " nowhere: no template names ${curatorNote}\n"
                  + "    fix: print it in a box, e.g. content: \"${curatorNote}\", or remove the"
                  + " field if the certificate does not need it\n"
                  + "0 error(s). "
                  + DefinitionTestHelper.loadedSummary()
                  + ". 1 warning(s)\n");
      assertThat(r.exit()).isZero();
    }

    @Test
    void locatesEachProblemOfABrokenCopyOnItsLineAndStillLoadsTheOtherForms(@TempDir Path dir)
        throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path d = dir.resolve("d.yaml");
      List<String> lines = Files.readAllLines(d);
      int labelLine = indexOf(lines, "    label: ", 0);
      lines.set(labelLine, lines.get(labelLine).replace("label:", "lable:"));
      int ruleFields = indexOf(lines, "    fields: [fob]", 0);
      lines.set(ruleFields, lines.get(ruleFields).replace("[fob]", "[fobb]"));
      Files.write(d, lines);
      Path e = dir.resolve("e.yaml");
      List<String> eLines = Files.readAllLines(e);
      int agreementName = indexOf(eLines, "  name:", indexOf(eLines, "agreement:", 0));
      eLines.set(agreementName, " " + eLines.get(agreementName));
      Files.write(e, eLines);

      Run r = run("lint", dir.toString());

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "d.yaml:" + (labelLine + 1) + ":5: error[yaml.unknown-key]: unknown key 'lable'")
          .contains("(did you mean 'label'?)")
          .contains(
              "d.yaml:"
                  + (ruleFields + 1)
                  + ":14: error[rule.unknown-field]: rule 'd.fob.only-with-rvc' refers to field 'fobb', which is not declared in 'items' or at the top level (did you mean 'fob'?)")
          .contains("e.yaml:" + (agreementName + 1) + ":")
          .contains("error[yaml.syntax]")
          .endsWith(
              DefinitionTestHelper.loadedSummary("d", "e")
                  + ". Not loaded: "
                  + dir.resolve("d.yaml")
                  + ", "
                  + dir.resolve("e.yaml")
                  + "\n");
    }
  }

  @Nested
  class LintAgainstTheSource {
    static final Path SEEDS = Path.of("../docs/seeds");

    String[] lintWithSeeds(Path forms) throws IOException {
      List<String> args = new java.util.ArrayList<>(List.of("lint", forms.toString()));
      try (Stream<Path> seeds = Files.list(SEEDS)) {
        for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          args.add("--source");
          args.add(seed.toString());
        }
      }
      return args.toArray(String[]::new);
    }

    @Test
    void findsEveryPrintedTextOfTheBundledFormsInTheSeeds() throws IOException {
      Run r = run(lintWithSeeds(FORMS));

      assertThat(r.out()).isEqualTo("0 error(s). " + DefinitionTestHelper.loadedSummary() + "\n");
      assertThat(r.exit()).isZero();
    }

    @Test
    void warnsOfAPrintedTextTheSourceDoesNotHoldAtItsLineAndColumn(@TempDir Path dir)
        throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path d = dir.resolve("d.yaml");
      List<String> lines = Files.readAllLines(d);
      int label = indexOf(lines, "          label: \"1. Goods consigned from", 0);
      lines.set(label, lines.get(label).replace("consigned from", "consigned by"));
      Files.write(d, lines);

      Run r = run(lintWithSeeds(dir));

      assertThat(r.out())
          .isEqualTo(
              d
                  + ":"
                  + (label + 1)
                  + ":19: warning[verbatim.not-in-source]: printed text '1. Goods consigned by"
                  + " (Exporter's business name, address, co…' is not in 5 source files"
                  + " (../docs/seeds/000_25358b750a0abfa8.txt, …); the source has its first 19"
                  + " characters ('1. Goods consigned ') and then differs at 'by (Exporter's"
                  + " business name, address, country)'\n"
                  + "    fix: copy the text verbatim from the source, or mark the difference on"
                  + " the line above with '# repaired: <source text> -> <printed text>' or '#"
                  + " ours: <why>'\n"
                  + "0 error(s). "
                  + DefinitionTestHelper.loadedSummary()
                  + ". 1 warning(s)\n");
      assertThat(r.exit()).isZero();
    }

    @Test
    void acceptsADifferenceMarkedAsARepair(@TempDir Path dir) throws IOException {
      DefinitionTestHelper.copyRepositoryForms(dir);
      Path d = dir.resolve("d.yaml");
      List<String> lines = Files.readAllLines(d);
      int label = indexOf(lines, "          label: \"1. Goods consigned from", 0);
      lines.set(label, lines.get(label).replace("consigned from", "consigned by"));
      lines.add(label, "          # repaired: \"consigned from\" -> \"consigned by\" (a test)");
      Files.write(d, lines);

      assertThat(run(lintWithSeeds(dir)).out())
          .isEqualTo("0 error(s). " + DefinitionTestHelper.loadedSummary() + "\n");
    }

    @Test
    void refusesASourceLargerThanTwentyMegabytes(@TempDir Path dir) throws IOException {
      Path huge = dir.resolve("huge.txt");
      try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
        f.setLength(20_000_001);
      }

      Run r = run("lint", FORMS.toString(), "--source", huge.toString());

      assertThat(r.err())
          .isEqualTo(
              "error: cannot read the source "
                  + huge
                  + ": it is larger than 20 MB; give the part of the legal text the form was"
                  + " transcribed from\n");
      assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void aSourceThatCannotBeReadStopsLintBeforeAnyWork() {
      Run r = run("lint", FORMS.toString(), "--source", "no-such-law.txt");

      assertThat(r.err())
          .isEqualTo("error: cannot read the source no-such-law.txt: it does not exist\n");
      assertThat(r.out()).isEmpty();
      assertThat(r.exit()).isEqualTo(2);
    }
  }

  @Nested
  class LintLaysOut {
    @Test
    void reportsALabelThatCannotFitItsBoxOnTheBoxLine(@TempDir Path dir) throws IOException {
      Edited e =
          lintEditingD(dir, "          id: box1", 1, line -> "          rect: [10, 12, 12, 4]");
      Run r = e.run();
      int box1 = e.found() - 1; // the element's first line, before its id

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "d.yaml:"
                  + box1
                  + ":11: error[layout.does-not-fit]: the label of box 'box1' does not fit its rectangle");
    }

    @Test
    void refusesATickLabelThatWouldBreakAWordBetweenTwoLetters(@TempDir Path dir)
        throws IOException {
      Edited e =
          lintEditingD(
              dir,
              "        - { type: tick, rect: [110, 274.5,",
              0,
              line -> line.replace("[110, 274.5,", "[186, 274.5,"));
      Run r = e.run();
      int tick = e.found() - 1;

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "d.yaml:"
                  + (tick + 1)
                  + ":11: error[layout.does-not-fit]: the label of tick 'issuedRetroactively'"
                  + " breaks the word 'Retroactively' to fit the ")
          .contains(
              "fix: move the tick square ('rect') left, widen the box that holds it, or shorten"
                  + " 'label'");
    }

    @Test
    void refusesATickLabelThatRunsBelowItsBox(@TempDir Path dir) throws IOException {
      Edited e =
          lintEditingD(
              dir,
              "        - { type: tick, rect: [110, 274.5,",
              0,
              line ->
                  line.replace("[110, 274.5,", "[170, 279.5,")
                      .replace(
                          "\"Issued Retroactively\"",
                          "\"Issued Retroactively, after the goods were shipped, with reasons\""));
      Run r = e.run();
      int tick = e.found() - 1;

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "d.yaml:"
                  + (tick + 1)
                  + ":11: error[layout.does-not-fit]: the label of tick 'issuedRetroactively'"
                  + " takes 5 lines and runs ")
          .contains(" mm below the box that holds its square");
    }

    @Test
    void refusesStaticTextThatFitsOnlyBelowItsDeclaredSize(@TempDir Path dir) throws IOException {
      Edited e =
          lintEditingD(
              dir,
              "          text: \"ASEAN TRADE IN GOODS AGREEMENT\"",
              1,
              line -> "          size: 16");
      Run r = e.run();
      int title = e.found() - 1;

      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out())
          .contains(
              "d.yaml:"
                  + (title - 1)
                  + ":11: error[layout.does-not-fit]: static text 'ASEAN TRADE IN GOODS"
                  + " AGREEMENT' does not fit its rectangle [110, 26, 90, 6] at its declared size"
                  + " of 16 pt (laid out in issuance mode normal)")
          .contains("fix: enlarge 'rect', shorten 'text', or declare the size it fits at: 'size: ");
    }

    @Test
    void previewRendersAFormWithPlaceholdersAndRefusesAnUnknownMode(@TempDir Path dir)
        throws IOException {
      Run ok =
          run(
              "preview",
              "--forms",
              FORMS.toString(),
              "--form",
              "e",
              "-o",
              dir.resolve("e.pdf").toString());
      assertThat(ok.exit()).isZero();
      try (var doc = org.apache.pdfbox.Loader.loadPDF(dir.resolve("e.pdf").toFile())) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
            .contains("[exporter]")
            .contains("[referenceNo]");
      }
      Run bad =
          run(
              "preview",
              "--forms",
              FORMS.toString(),
              "--form",
              "rcep",
              "--mode",
              "replacement",
              "-o",
              dir.resolve("r.pdf").toString());
      assertThat(bad.exit()).isEqualTo(1);
      assertThat(bad.out()).contains("has no issuance mode 'replacement'");
    }
  }

  @Nested
  class Preview {
    @Test
    void refusesAModeTheFormDoesNotAllowWithoutFirstReportingZeroErrors(@TempDir Path dir) {
      Run r =
          run(
              "preview",
              "--forms",
              FORMS.toString(),
              "--form",
              "rcep",
              "--mode",
              "replacment",
              "-o",
              dir.resolve("r.pdf").toString());
      assertThat(r.out())
          .isEqualTo(
              "error: form 'rcep' has no issuance mode 'replacment'; it allows normal,"
                  + " retroactive, certifiedTrueCopy, backToBack, or 'all' for every one\n");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void namesTheLoadedFormsForAnUnknownOne(@TempDir Path dir) {
      Run r =
          run(
              "preview",
              "--forms",
              FORMS.toString(),
              "--form",
              "rcepp",
              "-o",
              dir.resolve("r.pdf").toString());
      assertThat(r.out())
          .endsWith(
              "error: form 'rcepp' is not loaded; loaded: "
                  + String.join(
                      ", ", DefinitionTestHelper.repositoryFormIds().stream().sorted().toList())
                  + " (did you mean"
                  + " 'rcep'?)\n");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void showsEveryIssuanceModeWithEnoughItemsForTheContinuationSheet(@TempDir Path dir)
        throws IOException {
      Path out = dir.resolve("d.pdf");

      Run r = run("preview", "--forms", FORMS.toString(), "--form", "d", "-o", out.toString());

      assertThat(r.exit()).isZero();
      assertThat(r.out().lines())
          .hasSize(5)
          .allMatch(
              l ->
                  l.matches(
                      "wrote .* bytes\\): the layout of form d in mode \\w+ with \\d+ item row\\(s\\)"));
      assertThat(r.out())
          .contains("d.pdf (")
          .contains("d-retroactive.pdf (")
          .contains("d-certifiedTrueCopy.pdf (")
          .contains("d-replacement.pdf (")
          .contains("d-backToBack.pdf (");
      int rows = Integer.parseInt(r.out().replaceAll("(?s).* with (\\d+) item row.*", "$1"));
      Path few = dir.resolve("few.pdf");
      Run one =
          run(
              "preview",
              "--forms",
              FORMS.toString(),
              "--form",
              "d",
              "--mode",
              "normal",
              "--items",
              "1",
              "-o",
              few.toString());
      assertThat(one.out()).endsWith("in mode normal with 1 item row(s)\n");
      try (var all = org.apache.pdfbox.Loader.loadPDF(out.toFile());
          var single = org.apache.pdfbox.Loader.loadPDF(few.toFile())) {
        assertThat(all.getNumberOfPages())
            .as("%d rows need the continuation sheet", rows)
            .isGreaterThan(single.getNumberOfPages());
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(all))
            .contains("[exporter]");
      }
    }

    @Test
    void refusesANegativeItemCount(@TempDir Path dir) {
      Run r =
          run(
              "preview",
              "--forms",
              FORMS.toString(),
              "--form",
              "d",
              "--items",
              "-1",
              "-o",
              dir.resolve("d.pdf").toString());
      assertThat(r.err())
          .isEqualTo(
              "error: --items -1 is outside 0..512; give the number of item rows to show, e.g."
                  + " --items 30\n");
      assertThat(r.exit()).isEqualTo(2);
    }
  }

  @Test
  void everySubcommandAcceptsHelp() {
    for (String command :
        List.of("lint", "preview", "validate", "render", "samples", "generate", "serve")) {
      Run r = run(command, "--help");
      assertThat(r.out()).as(command).startsWith("Usage: coforms " + command);
      assertThat(r.exit()).as(command).isZero();
    }
  }

  @Test
  void everySubcommandPrintsTheVersion() {
    for (String command :
        List.of("lint", "preview", "validate", "render", "samples", "generate", "serve")) {
      Run r = run(command, "--version");
      assertThat(r.out()).as(command).isEqualTo("coforms 0.1.0\n");
      assertThat(r.exit()).as(command).isZero();
    }
  }

  @Nested
  class Validate {
    @Test
    void printsNoFindingsAndExitsZeroForAValidSample() {
      Run r = validate("d", SAMPLES.resolve("d/valid-basic.json").toString());
      assertThat(r.out()).isEqualTo("valid: no findings\n");
      assertThat(r.exit()).isZero();
    }

    @Test
    void printsTheFindingsAndExitsOneForAnInvalidSample() {
      Run r = validate("e", SAMPLES.resolve("e/invalid-rvc-below-40.json").toString());
      assertThat(r.out())
          .contains("error criterion.rvc-bounds box 8 items[2].criterion (row 3)")
          .endsWith("1 finding(s)\n");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void saysWhichFileCannotBeReadInsteadOfFailing(@TempDir Path dir) {
      Run r = validate("d", dir.resolve("missing.json").toString());
      assertThat(r.out())
          .isEqualTo(
              dir.resolve("missing.json")
                  + ": error[certificate.unreadable]: cannot read the file: it does not exist\n");
      assertThat(r.exit()).isEqualTo(1);
      Run lint = run("lint", FORMS.resolve("nosuch.yaml").toString());
      assertThat(lint.out())
          .contains("nosuch.yaml: error[yaml.unreadable]: cannot read ")
          .contains("nosuch.yaml: it does not exist");
      assertThat(lint.exit()).isEqualTo(1);
    }

    @Test
    void locatesAMalformedDocument(@TempDir Path dir) throws IOException {
      Path bad = dir.resolve("bad.json");
      Files.writeString(
          bad, "{\n  \"form\": \"d\",\n  \"fields\": {\n    \"exporter\": \"X\"\n  \n}\n");
      Run r = validate("d", bad.toString());
      assertThat(r.out()).startsWith(bad + ":7:").contains("error[certificate.syntax]");
      assertThat(r.exit()).isEqualTo(1);
    }
  }

  @Nested
  class Render {
    @Test
    void writesAPdfAOfTheCertificateWithTheRequestedCopyLabel(@TempDir Path dir)
        throws IOException {
      Path pdf = dir.resolve("d.pdf");
      Run r =
          run(
              "render",
              "--forms",
              FORMS.toString(),
              "--form",
              "d",
              SAMPLES.resolve("d/valid-basic.json").toString(),
              "-o",
              pdf.toString(),
              "--copy",
              "Duplicate",
              "--specimen");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).startsWith("wrote " + pdf);
      try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        assertThat(text).contains("Duplicate").contains("VINACAFE HIGHLANDS JOINT STOCK COMPANY");
        assertThat(text.replaceAll("\\s", ""))
            .contains("SPECIMEN"); // rotated: the stripper breaks it into lines
      }
    }

    @Test
    void saysWhichTemplateFailsOnTheCertificateWithoutAJavaClassName(@TempDir Path dir)
        throws IOException {
      Path forms = dir.resolve("forms");
      DefinitionTestHelper.copyRepositoryForms(forms);
      Path d = forms.resolve("d.yaml");
      List<String> lines = Files.readAllLines(d);
      int content = indexOf(lines, "          content: \"${exporter}\"", 0);
      // the placeholder exporter has no "VINACAFE", so lint's layout check takes the other branch
      lines.set(
          content,
          "          content: \"<#if exporter?contains('VINACAFE')>${exporter?number}<#else>"
              + "${exporter}</#if>\"");
      Files.write(d, lines);

      Run r =
          run(
              "render",
              "--forms",
              forms.toString(),
              "--form",
              "d",
              SAMPLES.resolve("d/valid-basic.json").toString(),
              "-o",
              dir.resolve("d.pdf").toString());

      assertThat(r.out() + r.err())
          .contains("d.yaml:" + (content + 1) + ":")
          .doesNotContain("Exception")
          .doesNotContain("freemarker.")
          .doesNotContain("java.");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void refusesAnInvalidCertificateUnlessAskedForADraft(@TempDir Path dir) throws IOException {
      String invalid = SAMPLES.resolve("d/invalid-fob-without-rvc.json").toString();
      Run refused =
          run(
              "render",
              "--forms",
              FORMS.toString(),
              "--form",
              "d",
              invalid,
              "-o",
              dir.resolve("a.pdf").toString());
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.out()).contains("error d.fob.only-with-rvc").contains("not rendered");
      assertThat(dir.resolve("a.pdf")).doesNotExist();

      Run draft =
          run(
              "render",
              "--forms",
              FORMS.toString(),
              "--form",
              "d",
              invalid,
              "-o",
              dir.resolve("b.pdf").toString(),
              "--allow-invalid");
      assertThat(draft.exit()).isZero();
      assertThat(draft.out()).contains("DRAFT - NOT VALID");
      assertThat(textLayer(dir.resolve("b.pdf"))).contains("DRAFT – NOT VALID");
    }

    @Test
    void aValidCertificateRenderedWithAllowInvalidIsNoDraft(@TempDir Path dir) throws IOException {
      Run r =
          run(
              "render",
              "--forms",
              FORMS.toString(),
              "--form",
              "d",
              SAMPLES.resolve("d/valid-basic.json").toString(),
              "-o",
              dir.resolve("v.pdf").toString(),
              "--allow-invalid");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).doesNotContain("DRAFT");
      assertThat(textLayer(dir.resolve("v.pdf"))).doesNotContain("DRAFT");
    }

    private String textLayer(Path pdf) throws IOException {
      try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      }
    }

    @Test
    void refusesACopyTheFormDoesNotHave(@TempDir Path dir) {
      Run r =
          run(
              "render",
              "--forms",
              FORMS.toString(),
              "--form",
              "eur1-evfta",
              SAMPLES.resolve("eur1-evfta/valid-basic.json").toString(),
              "-o",
              dir.resolve("x.pdf").toString(),
              "--copy",
              "Triplicate");
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out()).contains("has no copy 'Triplicate'");
      assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
  }

  @Test
  void samplesWritesAPdfAndPngPagesForEveryValidSample(@TempDir Path dir) throws IOException {
    Run r = run("samples", "--forms", FORMS.toString(), "-o", dir.toString(), "--dpi", "24");
    assertThat(r.exit()).isZero();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      List<String> valid =
          files
              .filter(p -> p.getFileName().toString().startsWith("valid-"))
              .map(p -> SAMPLES.relativize(p).toString())
              .toList();
      assertThat(valid)
          .isNotEmpty()
          .allSatisfy(
              v -> {
                assertThat(dir.resolve(v.replace(".json", ".pdf"))).isRegularFile();
                assertThat(dir.resolve(v.replace(".json", "-p1.png"))).isRegularFile();
              });
      assertThat(r.out()).endsWith("rendered " + valid.size() + " sample(s) to " + dir + "\n");
    }
  }

  @Nested
  class Serve {
    @Test
    void refusesAPortOutOfRange() {
      Run r = run("serve", "--port", "70000");
      assertThat(r.err())
          .isEqualTo("coforms serve: --port 70000 is not a port; use 0 to 65535 (0: any free)\n");
      assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void refusesToStartOnFormsWithErrorsAndPrintsThem(@TempDir Path dir) {
      Run r = run("serve", "--port", "0", "--forms", dir.toString());
      assertThat(r.err())
          .contains("error[")
          .endsWith("coforms serve: not started; fix the errors above and run it again\n");
      assertThat(r.out()).doesNotContain("listening");
      assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void leavesThePortFreeWhenItRefusesToStart(@TempDir Path dir) throws IOException {
      int port;
      try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      // The server is built while the forms load; it must not bind before they load cleanly.
      Run r = run("serve", "--port", String.valueOf(port), "--forms", dir.toString());
      assertThat(r.exit()).isEqualTo(1);
      try (java.net.ServerSocket again = new java.net.ServerSocket(port)) {
        assertThat(again.getLocalPort()).isEqualTo(port);
      }
    }
  }

  /** A lint run over a copy of the bundled forms with one line of d.yaml edited. */
  record Edited(Run run, int found) {}

  /**
   * Lints a copy of the bundled forms in {@code dir} whose d.yaml line {@code offset} lines after
   * the first one starting with {@code prefix} is edited; {@code found} is the 1-based number of
   * the line that starts with {@code prefix}.
   */
  private Edited lintEditingD(
      Path dir, String prefix, int offset, java.util.function.UnaryOperator<String> edit)
      throws IOException {
    DefinitionTestHelper.copyRepositoryForms(dir);
    Path d = dir.resolve("d.yaml");
    List<String> lines = Files.readAllLines(d);
    int found = indexOf(lines, prefix, 0);
    lines.set(found + offset, edit.apply(lines.get(found + offset)));
    Files.write(d, lines);
    return new Edited(run("lint", dir.toString()), found + 1);
  }

  private static int indexOf(List<String> lines, String prefix, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starting with '" + prefix + "'");
  }
}
