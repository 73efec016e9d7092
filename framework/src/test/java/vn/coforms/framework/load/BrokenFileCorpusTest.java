package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * One broken form file per diagnostic code the loader emits, all loaded together in one folder
 * beside an intact form: each is reported with its code on a line of its own file, no exception
 * escapes, and the intact form still loads. Cases marked {@code open} point their modeline at an
 * empty schema, so the assembler itself meets the values the real schema would have rejected.
 */
class BrokenFileCorpusTest {
  /** A broken variant of {@code good/minimal.yaml}: {@code find} replaced by {@code replace}. */
  record Case(String code, boolean open, String find, String replace) {}

  static final String END = "<end of file>";
  static final String ALL = "<whole file>";

  static final List<Case> CASES =
      List.of(
          real("yaml.syntax", "numberField: referenceNo", "numberField: [referenceNo"),
          real("yaml.empty", ALL, "# nothing declared\n"),
          real("yaml.not-a-mapping", ALL, "- a\n- b\n"),
          real("schema.modeline", "# yaml-language-server: $schema=schema/coforms.schema.json", ""),
          real("schema.missing", "$schema=schema/coforms.schema.json", "$schema=schema/nope.json"),
          real("yaml.unknown-key", "numberField:", "numberFeld:"),
          real("yaml.missing-key", "code: \"X\"\n", ""),
          real("yaml.wrong-type", "maxLength: 200", "maxLength: \"two\""),
          real("yaml.not-allowed", "type: tick", "type: tik"),
          real("yaml.schema", "    - id: front", "    - id: Front"),
          real("ref.unknown-file", "@procedure/fees.standard", "@procedur/fees.standard"),
          real("ref.unknown-key", "@procedure/fees.standard", "@procedure/fees.standrd"),
          real("form.id", "\nid: CASE\n", "\nid: other\n"),
          real("form.number-field", "numberField: referenceNo", "numberField: exporterx"),
          real(
              "issuance.date-field",
              "  modes: [normal]\n",
              "  modes: [normal]\n  dateFields: [exporter]\n"),
          real("agreement.unknown-country", "{ country: LA,", "{ country: XX,"),
          real("agreement.duplicate-party", "{ country: LA,", "{ country: VN,"),
          real("value.date", "  parties:", "  signed: 2009-02-30\n  parties:"),
          open("value.date", "  parties:", "  signed: 2009-2-3\n  parties:"),
          real("field.duplicate-id", "{ id: exhibitionName,", "{ id: exporter,"),
          real("field.shadows", "{ id: description,", "{ id: exporter,"),
          open("field.option", "type: text, required: true, maxLength", "type: tick, maxLength"),
          open(
              "field.enum-values",
              "{ id: exhibitionName, box: \"2\", type: text",
              "{ id: exhibitionName, box: \"2\", type: enum"),
          open(
              "field.hs-digits",
              "{ id: exhibitionName, box: \"2\", type: text",
              "{ id: exhibitionName, box: \"2\", type: hs-code"),
          open("field.box", "{ id: exhibitionName, box: \"2\",", "{ id: exhibitionName,"),
          open(
              "field.group-fields", "    minItems: 1\n    fields:", "    minItems: 1\n    fieldz:"),
          open("criteria.missing", "criteria:\n  heading", "criterix:\n  heading"),
          real("criteria.duplicate-id", "    - id: RVC", "    - id: WO"),
          real("criteria.pattern", "pattern: \"WO\"", "pattern: \"(WO\""),
          real("criteria.rvc-group", "(?<rvc>\\\\d{1,3})%", "(\\\\d{1,3})%"),
          real(
              "criteria.rvc-flag",
              "      circumstance: \"Regional value content\"",
              "      usesRvc: false\n      circumstance: \"Regional value content\""),
          real("issuance.normal", "modes: [normal]", "modes: [retroactive]"),
          real(
              "issuance.tick",
              "  modes: [normal]",
              "  modes: [normal, retroactive]\n  ticks: { retroactive: exporter }"),
          real(
              "issuance.tick-mode",
              "  modes: [normal]",
              "  modes: [normal]\n  ticks: { retroactive: exhibition }"),
          open("value.unknown", "  modes: [normal]", "  modes: [normal, sometimes]"),
          open("value.unknown", "role: front", "role: frnt"),
          real("rule.duplicate-id", "id: CASE.fob.only-with-rvc", "id: CASE.exhibition.name"),
          real("rule.id-prefix", "id: CASE.fob.only-with-rvc", "id: other.fob.only-with-rvc"),
          real("rule.unknown-field", "fields: [fob]", "fields: [fobb]"),
          real("rule.unknown-group", "forEach: items", "forEach: itemz"),
          real(
              "rule.for-each-scope",
              "forEach: items\n    fields: [fob]",
              "forEach: items\n    fields: [exhibitionName]"),
          real("rule.expression", "\"!usesRvc(criterion)\"", "\"!usesRvc(criterio)\""),
          open("rule.fields", "fields: [fob]", "fields: []"),
          open(
              "rule.regex",
              "kind: forbidden\n    forEach: items\n    fields: [fob]",
              "kind: pattern\n    forEach: items\n    fields: [description]\n    regex: \"(\""),
          open("rule.range", "kind: forbidden", "kind: range"),
          open(
              "rule.unique",
              "kind: required\n    fields: [exhibitionName]",
              "kind: unique\n    fields: [exhibitionName]"),
          real(
              "rule.key", "    when: \"exhibition\"", "    when: \"exhibition\"\n    regex: \"x\""),
          open("rule.box", "{ id: exhibitionName, box: \"2\",", "{ id: exhibitionName, box: \"\","),
          open(
              "overleaf.insert",
              "criteria:\n  heading",
              "overleaf:\n  title: \"Notes\"\n  notes:\n    - { number: \"1\", text: \"x\", insert: criteria }\n"
                  + "criterix:\n  heading"),
          real(
              "overleaf.table",
              "criteria:\n  heading",
              "overleaf:\n  title: \"Notes\"\n  notes:\n    - { number: \"1\", text: \"x\", table:"
                  + " { columns: [{ heading: A }, { heading: B }], rows: [[a]] } }\ncriteria:\n  heading"),
          real("layout.outside-page", "rect: [105, 10, 95, 30]", "rect: [150, 10, 95, 30]"),
          open("layout.rect", "rect: [105, 10, 95, 30]", "rect: [105, 10, 0, 30]"),
          real("layout.duplicate-element", "id: box2,", "id: box1,"),
          real("layout.duplicate-page", END, "    - { id: front, role: overleaf, elements: [] }\n"),
          real("layout.front", "role: front", "role: overleaf"),
          real("layout.continuation", END, "  continuation: { page: nope }\n"),
          real("layout.sheet", END, "  sheets:\n    - { front: nope }\n"),
          real(
              "layout.stamp-page",
              END,
              "  stamps:\n    - { id: s1, when: \"exhibition\", text: \"X\", page: nope, rect: [10, 10, 10, 10] }\n"),
          real("layout.table-width", "width: 130", "width: 100"),
          real("layout.field-type", "field: exhibition", "field: exporter"),
          real("layout.unknown-field", "field: exhibition", "field: exhibitio"),
          real("layout.font", "font: { size: 9, minSize: 6 }", "font: { size: 9, minSize: 12 }"),
          real("layout.page-size", "page: { width: 210,", "page: { width: 100000,"),
          real(
              "rule.regex-unsafe",
              "kind: forbidden\n    forEach: items\n    fields: [fob]",
              "kind: pattern\n    forEach: items\n    fields: [description]\n    regex: \"(.*a){25}\""),
          real("criteria.regex-unsafe", "pattern: \"WO\"", "pattern: \"(W+)+O\""),
          real(
              "rule.expression-cost",
              "\"!usesRvc(criterion)\"",
              "\"items.all(a, items.all(b, items.all(c, a.description != b.description + c.description)))\""),
          real("template.forbidden", "\"${exporter}\"", "\"${exporter?api}\""),
          real(
              "yaml.alias",
              "  - { id: exhibitionName, box: \"2\"",
              "  - { id: exhibitionName, box: *b"),
          real("template.reference", "\"${exporter}\"", "\"${exportr}\""),
          real("template.syntax", "\"${exporter}\"", "\"${exporter\""),
          real("format.missing", "\nformat: 1\n", "\n"),
          real("format.invalid", "\nformat: 1\n", "\nformat: one\n"),
          real("format.newer", "\nformat: 1\n", "\nformat: 2\n"),
          real("format.changed", "\nformat: 1\n", "\nformat: 0\n"));

  /**
   * Codes a single form file cannot produce on its own, with the test that proves each is located.
   */
  static final Map<String, String> ELSEWHERE =
      Map.ofEntries(
          Map.entry("common.missing", "SharedFragmentsTest: a forms folder without common/"),
          Map.entry(
              "common.unreadable", "needs an unlistable folder; same path as forms.unreadable"),
          Map.entry("forms.unreadable", "SharedFragmentsTest: a forms folder that does not exist"),
          Map.entry(
              "yaml.unreadable", "SharedFragmentsTest: a folder and a link loop named *.yaml"),
          Map.entry("form.duplicate-id", "SharedFragmentsTest: the same id in two folders"),
          Map.entry("calendar.unavailable", "SharedFragmentsTest: a broken holidays.yaml"),
          Map.entry("ref.cycle", "SharedFragmentsTest: references in common/ that loop"),
          Map.entry(
              "common.unknown-key", "SplicingTest: a misspelt top-level key of a shared file"),
          Map.entry("ref.too-large", "SharedFragmentsTest: references that multiply"),
          Map.entry("layout.continuation-columns", "bad/ and the bundled forms (d, rcep)"),
          Map.entry("layout.footer-column", "bad/footer-column.yaml"),
          Map.entry(
              "procedure.deferred-document",
              "ProcedureFactsTest: a deferred document the dossier does not list"),
          Map.entry("yaml.encoding", "Utf8TextTest; FormLoaderFuzzTest's seed invalid-utf8"),
          Map.entry(
              "template.budget",
              "TemplateEngineTest: the allowed constructs cannot exceed it on a form's probe data"),
          Map.entry("version.gap", "FormVersionsTest: two version files with days between"),
          Map.entry("version.unknown-form", "FormVersionsTest: a version of no form"),
          Map.entry("version.window", "FormVersionsTest: a window ending before it starts"),
          Map.entry("version.importer-field", "FormVersionsTest: importers without the field"),
          Map.entry("version.importer", "FormVersionsTest: an importer that is not a party"),
          Map.entry("load.internal", "no known input reaches it; every known failure is precise"));

  static Path dir;
  static LoadResult result;

  static Case real(String code, String find, String replace) {
    return new Case(code, false, find, replace);
  }

  static Case open(String code, String find, String replace) {
    return new Case(code, true, find, replace);
  }

  static String caseId(int i) {
    return "case" + (i < 10 ? "0" : "") + i;
  }

  @BeforeAll
  static void loadTheCorpus(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Path forms = DefinitionTestHelper.repositoryForms();
    copy(forms.resolve("schema"), dir.resolve("schema"));
    copy(forms.resolve("common"), dir.resolve("common"));
    Files.writeString(dir.resolve("schema/open.schema.json"), "{}");
    String minimal = read("good/minimal.yaml");
    Files.writeString(dir.resolve("minimal.yaml"), minimal);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      String id = caseId(i);
      String text = minimal.replace("minimal", id);
      if (c.open()) {
        text = text.replace("schema/coforms.schema.json", "schema/open.schema.json");
      }
      String find = c.find().replace("CASE", id);
      if (c.find().equals(ALL)) {
        text = c.replace();
      } else if (c.find().equals(END)) {
        text = text + c.replace();
      } else {
        assertThat(text).as("case %s (%s) finds its text", id, c.code()).contains(find);
        text = text.replace(find, c.replace().replace("CASE", id));
      }
      Path file = dir.resolve(id + ".yaml");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      files.add(file);
    }
    files.add(dir.resolve("minimal.yaml"));
    result = FormLoader.standard().load(dir.resolve("common"), files);
  }

  @Test
  void theIntactFormStillLoadsAndNoBrokenOneDoes() {
    assertThat(result.forms()).extracting(FormDefinition::id).containsExactly("minimal");
    assertThat(result.failedFiles()).hasSize(CASES.size());
  }

  @Test
  void everyBrokenFileGetsItsCodeOnALineOfItsOwnFile() {
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      String file = FormLoader.display(dir.resolve(caseId(i) + ".yaml"));
      List<Diagnostic> mine =
          result.diagnostics().stream().filter(d -> d.at().file().equals(file)).toList();
      Case c = CASES.get(i);
      if (mine.stream().noneMatch(d -> d.code().equals(c.code()))) {
        wrong.add(caseId(i) + " expected " + c.code() + ", got " + render(mine));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aMissingCriteriaSectionNamesTheCriterionFieldOnItsLine() {
    assertThat(diagnosticsOf("criteria.missing"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo(
                      "field 'items.criterion' has type criterion, but the form declares no"
                          + " 'criteria:' section, so its values cannot be checked");
              assertThat(d.at().line()).isEqualTo(lineOf("{ id: criterion,"));
            });
  }

  @Test
  void aRowRuleOnATopLevelFieldIsRefusedBeforeItDuplicatesItsFinding() {
    assertThat(diagnosticsOf("rule.for-each-scope"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.render())
                    .endsWith(
                        "error[rule.for-each-scope]: rule '"
                            + caseId(codeIndex("rule.for-each-scope"))
                            + ".fob.only-with-rvc' is checked once per row of 'items', but"
                            + " 'exhibitionName' is a top-level field: a certificate with N rows"
                            + " would get N identical findings on it\n"
                            + "    fix: remove 'forEach: items' so 'exhibitionName' is checked"
                            + " once (a condition on the rows can use items.exists(i, ...)), or"
                            + " name a field of the rows"));
  }

  private static int codeIndex(String code) {
    for (int i = 0; i < CASES.size(); i++) {
      if (CASES.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no case for " + code);
  }

  private static List<Diagnostic> diagnosticsOf(String code) {
    String file = FormLoader.display(dir.resolve(caseId(codeIndex(code)) + ".yaml"));
    return result.diagnostics().stream()
        .filter(d -> d.at().file().equals(file) && d.code().equals(code))
        .toList();
  }

  private static int lineOf(String text) throws IOException {
    List<String> lines = read("good/minimal.yaml").lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("good/minimal.yaml has no line with " + text);
  }

  @Test
  void everyDiagnosticIsLocatedInsideABrokenFile() {
    assertThat(result.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.at().line()).as(d.render()).isPositive();
              assertThat(d.at().column()).as(d.render()).isPositive();
              assertThat(d.at().file()).as(d.render()).matches(".*case\\d\\d\\.yaml");
              assertThat(d.code()).as(d.render()).isNotEqualTo("load.internal");
            });
  }

  @Test
  void everyCodeTheLoaderCanEmitIsInTheCorpusOrProvedElsewhere() throws IOException {
    Set<String> covered = new TreeSet<>(ELSEWHERE.keySet());
    CASES.forEach(c -> covered.add(c.code()));
    assertThat(codesInLoaderSource()).isSubsetOf(covered);
  }

  /** Every code the loader's sources pass to {@code error(…)}: the list the corpus must cover. */
  static Set<String> codesInLoaderSource() throws IOException {
    Pattern code = Pattern.compile("error\\(\\s*\"([a-z]+\\.[a-z.-]+)\"");
    Path main = DefinitionTestHelper.repositoryRoot().resolve("framework/src/main/java");
    Set<String> out = new TreeSet<>();
    for (String pkg : List.of("vn/coforms/framework/load", "vn/coforms/framework/template")) {
      try (Stream<Path> files = Files.list(main.resolve(pkg))) {
        for (Path f : files.toList()) {
          Matcher m = code.matcher(Files.readString(f));
          while (m.find()) {
            out.add(m.group(1));
          }
        }
      }
    }
    assertThat(out).as("codes found in the loader's source").hasSizeGreaterThan(40);
    return out;
  }

  private static String render(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::render).collect(Collectors.joining("; "));
  }

  private static String read(String resource) throws IOException {
    try (var in = BrokenFileCorpusTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.toList()) {
        Files.copy(p, to.resolve(p.getFileName().toString()));
      }
    }
  }
}
