package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * No key of a form's other sections (source, agreement, procedure, criteria, issuance, rules,
 * overleaf) is silently ignored: for every key the schema allows there, changing its value in a
 * copy of Form D (or of the shared file it refers to) changes the loaded form, or the key is listed
 * below with the reason it has no value of its own. The layout's keys are {@link
 * EveryLayoutKeyMattersTest}'s; the fields' are left to the field specs.
 */
class EveryFormKeyMattersTest {
  /**
   * A change to one file of a copy of the bundled forms: {@code find} (every occurrence) becomes
   * {@code base} in the copy compared against, and {@code variant} in the changed one; Form D is
   * loaded from {@code loaded}.yaml (another name only when the id changes, and then its rule ids
   * take the new prefix).
   */
  record Change(String file, String find, String base, String variant, String loaded) {
    static Change of(String find, String variant) {
      return new Change("d.yaml", find, find, variant, "d");
    }

    static Change inserting(String find, String inserted) {
      return new Change("d.yaml", find, find, find + inserted, "d");
    }

    static Change shared(String file, String find, String variant) {
      return new Change("common/" + file, find, find, variant, "d");
    }
  }

  /** Form D made a version of itself, with {@code find} changed to {@code variant}. */
  static Change version(String find, String variant) {
    String version =
        "\nid: d\nversion: { of: d, name: One, from: 2020-01-01, importers: [LA],"
            + " importerField: importingCountry }\n";
    return new Change("d.yaml", "\nid: d\n", version, version.replace(find, variant), "d");
  }

  static final String ONE_OF =
      "  - { id: d.test.one-of, kind: one-of, fields: [referenceNo], values: [%s], message: { en:"
          + " x, vi: x }, source: x }\n";

  static final Map<String, Change> CHANGES =
      Map.ofEntries(
          Map.entry("form.version.name", version("name: One", "name: Two")),
          Map.entry("form.version.from", version("from: 2020-01-01", "from: 2019-01-01")),
          Map.entry(
              "form.version.until",
              version("from: 2020-01-01", "from: 2020-01-01, until: 2030-01-01")),
          Map.entry("form.version.importers", version("importers: [LA]", "importers: [LA, MY]")),
          Map.entry(
              "form.version.importerField",
              version("importerField: importingCountry", "importerField: producingCountry")),
          Map.entry("form.id", new Change("d.yaml", "id: d\n", "id: d\n", "id: dd\n", "dd")),
          Map.entry("form.code", Change.of("code: \"D\"", "code: \"DD\"")),
          Map.entry(
              "form.title",
              Change.of("en: \"Preferential Certificate", "en: \"A Preferential Certificate")),
          Map.entry(
              "bilingual.en",
              Change.of("en: \"ASEAN Trade in Goods Agreement\"", "en: \"ASEAN Goods Agreement\"")),
          Map.entry(
              "bilingual.vi",
              Change.of(
                  "vi: \"Hiệp định Thương mại hàng hóa ASEAN\"",
                  "vi: \"Hiệp định Thương mại hàng hóa ASEAN.\"")),
          Map.entry(
              "form.source.seed",
              Change.of("seed: 002_a3b47323798b65d6.txt", "seed: 002_other.txt")),
          Map.entry("form.source.lines", Change.of("lines: \"934-1085\"", "lines: \"934-1086\"")),
          Map.entry(
              "form.source.template",
              Change.of(
                  "template: \"Phụ lục II, Thông tư 10/2022/TT-BCT\"",
                  "template: \"Phụ lục II, Thông tư 10/2022/TT-BCT.\"")),
          Map.entry("agreement.id", Change.of("id: atiga\n", "id: atiga2\n")),
          Map.entry(
              "agreement.name",
              Change.of("en: \"ASEAN Trade in Goods Agreement\"", "en: \"ATIGA\"")),
          Map.entry("agreement.signed", Change.of("signed: 2009-02-26", "signed: 2009-02-27")),
          Map.entry(
              "legalBasis.id",
              Change.of("{ id: \"Thông tư 22/2016/TT-BCT\"", "{ id: \"Thông tư 22/2016/TT-BCT.\"")),
          Map.entry("legalBasis.date", Change.of("date: 2016-10-03", "date: 2016-10-04")),
          Map.entry(
              "legalBasis.about",
              Change.of("about: \"Origin of goods\" }", "about: \"Origin of goods.\" }")),
          Map.entry(
              "party.country", Change.shared("asean.yaml", "{ country: BN,", "{ country: CN,")),
          Map.entry("party.printed", Change.of("printed: \"LAO PDR\"", "printed: \"LAO P.D.R.\"")),
          Map.entry("procedure.code", Change.of("code: \"1.000665\"", "code: \"1.000666\"")),
          Map.entry(
              "procedure.channels", Change.of("channels: [online]", "channels: [online, counter]")),
          Map.entry("procedure.electronic", Change.of("electronic: true", "electronic: false")),
          Map.entry("procedure.paperOnly", Change.of("paperOnly: false", "paperOnly: true")),
          Map.entry(
              "procedure.documents.id",
              Change.shared(
                  "asean.yaml",
                  "      - id: a\n        en: \"Application",
                  "      - id: aa\n        en: \"Application")),
          Map.entry(
              "procedure.documents.en",
              Change.shared(
                  "asean.yaml", "en: \"Application for a C/O,", "en: \"An application for a C/O,")),
          Map.entry(
              "procedure.documents.vi",
              Change.shared(
                  "asean.yaml",
                  "vi: \"Đơn đề nghị cấp C/O được",
                  "vi: \"Một đơn đề nghị cấp C/O được")),
          Map.entry(
              "procedure.deferred",
              Change.of(
                  "  deferred: \"@procedure/deferred.standard\"\n",
                  "  deferred: { documents: [c], workingDays: 15, en: x, vi: x, source: x }\n")),
          Map.entry(
              "deferredDocuments.documents",
              Change.shared("procedure.yaml", "documents: [c, đ]", "documents: [c]")),
          Map.entry(
              "deferredDocuments.workingDays",
              Change.shared("procedure.yaml", "workingDays: 15", "workingDays: 14")),
          Map.entry(
              "deferredDocuments.en",
              Change.shared(
                  "procedure.yaml",
                  "en: \"Where the documents in points c",
                  "en: \"When the documents in points c")),
          Map.entry(
              "deferredDocuments.vi",
              Change.shared(
                  "procedure.yaml",
                  "vi: \"Trong trường hợp chưa có các chứng từ",
                  "vi: \"Trường hợp chưa có các chứng từ")),
          Map.entry(
              "deferredDocuments.source",
              Change.shared(
                  "procedure.yaml",
                  "source: \"Nghị định 31/2018/NĐ-CP, Điều 22; thành phần",
                  "source: \"Nghị định 31/2018/NĐ-CP, Điều 22, thành phần")),
          Map.entry(
              "procedure.inspection",
              Change.of(
                  "  inspection: \"@procedure/inspection.standard\"\n",
                  "  inspection: { en: x, vi: x, source: x }\n")),
          Map.entry(
              "procedure.copies",
              Change.of(
                  "  copies: \"@procedure/copies.standard\"\n",
                  "  copies: { count: 2, en: \"2 sets\", vi: \"02 (bộ)\" }\n")),
          Map.entry(
              "dossierCopies.count",
              Change.shared("procedure.yaml", "standard: { count: 1,", "standard: { count: 2,")),
          Map.entry(
              "dossierCopies.en",
              Change.shared("procedure.yaml", "en: \"1 set\"", "en: \"one set\"")),
          Map.entry(
              "dossierCopies.vi",
              Change.shared("procedure.yaml", "vi: \"01 (bộ)\"", "vi: \"1 (bộ)\"")),
          Map.entry(
              "procedure.validity",
              Change.inserting(
                  "  copies: \"@procedure/copies.standard\"\n",
                  "  validity: { en: \"One year\", vi: \"Một năm\", source: \"test\" }\n")),
          Map.entry(
              "timeLimit.channel",
              Change.of("- channel: online\n      hours: 6", "- channel: counter\n      hours: 6")),
          Map.entry("timeLimit.hours", Change.of("hours: 6\n", "hours: 7\n")),
          Map.entry(
              "timeLimit.en",
              Change.of("of a complete, valid electronic dossier; if", "of a valid dossier; if")),
          Map.entry(
              "timeLimit.vi",
              Change.of(
                  "Trong thời hạn 6 giờ làm việc kể từ", "Trong thời hạn 6 giờ làm việc, kể từ")),
          Map.entry(
              "fee.from", Change.shared("procedure.yaml", "from: 2025-07-01", "from: 2025-07-02")),
          Map.entry("fee.to", Change.shared("procedure.yaml", "to: 2026-12-31", "to: 2026-12-30")),
          Map.entry("fee.issue", Change.shared("procedure.yaml", "issue: 30000", "issue: 30001")),
          Map.entry(
              "fee.reissue", Change.shared("procedure.yaml", "reissue: 15000", "reissue: 15001")),
          Map.entry(
              "fee.currency",
              Change.shared(
                  "procedure.yaml",
                  "currency: VND\n        source: \"Thông tư 36",
                  "currency: USD\n        source: \"Thông tư 36")),
          Map.entry(
              "fee.source",
              Change.shared(
                  "procedure.yaml",
                  "source: \"Thông tư 36/2023/TT-BTC, Điều 4\"",
                  "source: \"Thông tư 36/2023/TT-BTC, Điều 4.\"")),
          Map.entry(
              "statement.en",
              Change.shared(
                  "procedure.yaml", "en: \"Refused in the cases", "en: \"Refused in cases")),
          Map.entry(
              "statement.vi",
              Change.shared(
                  "procedure.yaml",
                  "vi: \"Từ chối trong các trường hợp",
                  "vi: \"Từ chối trong những trường hợp")),
          Map.entry(
              "statement.source",
              Change.shared(
                  "procedure.yaml",
                  "source: \"Nghị định 31/2018/NĐ-CP, Điều 21\"",
                  "source: \"Nghị định 31/2018/NĐ-CP, Điều 21.\"")),
          Map.entry(
              "form.numberField",
              Change.of("numberField: referenceNo", "numberField: exhibitionName")),
          Map.entry(
              "criteria.heading",
              Change.shared(
                  "asean.yaml",
                  "heading: \"Circumstances of production",
                  "heading: \"Circumstances of making")),
          Map.entry(
              "criteria.insertHeading",
              Change.shared(
                  "asean.yaml",
                  "insertHeading: \"Insert in Box 8\"",
                  "insertHeading: \"Insert in box 8\"")),
          Map.entry("criterionKind.id", Change.of("- id: SP\n", "- id: SPP\n")),
          Map.entry("criterionKind.pattern", Change.of("pattern: \"SP\"", "pattern: \"SP|SPX\"")),
          Map.entry(
              "criterionKind.usesRvc",
              Change.inserting("pattern: \"SP\"\n", "      usesRvc: true\n")),
          Map.entry("rvc.min", Change.of("min: 40\n", "min: 41\n")),
          Map.entry("rvc.max", Change.of("max: 39.99", "max: 39.98")),
          Map.entry(
              "rvc.message",
              Change.of(
                  "en: \"The percentage of a combination", "en: \"The percent of a combination")),
          Map.entry(
              "rvc.source",
              Change.of(
                  "source: \"Form D overleaf note 3 (b)\"",
                  "source: \"Form D overleaf note 3 (b).\"")),
          Map.entry(
              "criterionKind.circumstance",
              Change.of(
                  "circumstance: \"· Specific Processes\"",
                  "circumstance: \"· Specific Process\"")),
          Map.entry("criterionKind.insert", Change.of("insert: \"“SP”\"", "insert: \"“SP” \"")),
          Map.entry(
              "issuance.modes",
              Change.shared(
                  "asean.yaml",
                  "modes: [normal, retroactive, certifiedTrueCopy, replacement, backToBack]",
                  "modes: [normal, retroactive, certifiedTrueCopy, backToBack]")),
          Map.entry(
              "issuance.ticks.retroactive",
              Change.of("retroactive: issuedRetroactively", "retroactive: exhibition")),
          Map.entry(
              "issuance.ticks.backToBack",
              Change.of("backToBack: backToBack\n", "backToBack: exhibition\n")),
          Map.entry(
              "issuance.ticks.certifiedTrueCopy",
              Change.inserting(
                  "    backToBack: backToBack\n", "    certifiedTrueCopy: exhibition\n")),
          Map.entry(
              "issuance.ticks.replacement",
              Change.inserting("    backToBack: backToBack\n", "    replacement: exhibition\n")),
          Map.entry(
              "issuance.dateFields",
              Change.shared(
                  "asean.yaml",
                  "dateFields: [certificationDate, declarationDate]",
                  "dateFields: [declarationDate, certificationDate]")),
          Map.entry(
              "issuance.source",
              Change.shared(
                  "asean.yaml",
                  "source: \"thủ tục 1.001380, 1.001383, 1.003522\"",
                  "source: \"thủ tục 1.001380, 1.001383, 1.003522.\"")),
          Map.entry(
              "rule.id", Change.of("- id: d.exhibition.tick\n", "- id: d.exhibition.ticked\n")),
          Map.entry(
              "rule.kind",
              Change.of(
                  "kind: forbidden\n    fields: [exhibitionName, exhibitionAddress]",
                  "kind: required\n    fields: [exhibitionName, exhibitionAddress]")),
          Map.entry(
              "rule.fields",
              Change.of(
                  "fields: [exhibitionName, exhibitionAddress]\n    when: \"!exhibition\"",
                  "fields: [exhibitionName]\n    when: \"!exhibition\"")),
          Map.entry(
              "rule.when", Change.of("when: \"exhibition\"\n", "when: \"exhibition && true\"\n")),
          Map.entry(
              "rule.check",
              Change.of(
                  "check: \"importingCountry != 'VN'\"",
                  "check: \"importingCountry != 'VN' && true\"")),
          Map.entry("rule.regex", Change.of("regex: \"VN-[A-Z]", "regex: \"VN-?[A-Z]")),
          Map.entry(
              "rule.values",
              new Change(
                  "d.yaml",
                  "\nrules:\n",
                  "\nrules:\n" + String.format(ONE_OF, "A, B"),
                  "\nrules:\n" + String.format(ONE_OF, "A, C"),
                  "d")),
          Map.entry("rule.min", Change.of("min: 0.001\n", "min: 0.002\n")),
          Map.entry("rule.max", Change.inserting("min: 0.001\n", "    max: 1000000\n")),
          Map.entry(
              "rule.severity",
              Change.inserting(
                  "- id: d.exhibition.tick\n    kind: forbidden\n", "    severity: warning\n")),
          Map.entry(
              "rule.box",
              Change.inserting(
                  "- id: d.exhibition.tick\n    kind: forbidden\n", "    box: \"13\"\n")),
          Map.entry(
              "rule.message",
              Change.of(
                  "en: \"The FOB price is given in Box 9",
                  "en: \"The FOB value is given in Box 9")),
          Map.entry(
              "rule.source",
              Change.of(
                  "source: \"Form D overleaf note 13\"", "source: \"Form D overleaf note 13.\"")),
          Map.entry(
              "overleaf.title",
              Change.shared("asean.yaml", "title: \"OVERLEAF NOTES\"", "title: \"OVERLEAF NOTE\"")),
          Map.entry("note.number", Change.of("- number: \"4\"\n", "- number: \"4.\"\n")),
          Map.entry(
              "note.text", Change.of("EACH ARTICLE MUST QUALIFY:", "EACH ARTICLE MUST QUALIFY -")),
          Map.entry("note.insert", Change.of("      insert: parties\n", "")));

  /**
   * Keys that hold no value of their own to change, each with the reason and where it is proved.
   */
  static final Map<String, String> NO_VALUE_OF_THEIR_OWN =
      Map.ofEntries(
          Map.entry(
              "form.version.of",
              "names the form the version belongs to, not a value of the loaded form:"
                  + " FormVersionsTest picks versions by it and lints it"),
          Map.entry(
              "form.format",
              "the version decides how the file is read, it is not part of the loaded form:"
                  + " FormatVersionTest"),
          Map.entry(
              "note.table",
              "only RCEP's overleaf has a table (Form D's none): RcepOverleafTest proves the table's"
                  + " cells print in two columns"),
          Map.entry("noteTable.columns.heading", "as note.table: RcepOverleafTest"),
          Map.entry("noteTable.columns.width", "as note.table: RcepOverleafTest"),
          Map.entry("noteTable.rows", "as note.table: RcepOverleafTest"),
          Map.entry("note.after", "as note.table: RcepOverleafTest (the text after the table)"),
          Map.entry("form.agreement", "a section: each of its keys is proved above"),
          Map.entry("form.procedure", "a section: each of its keys is proved above"),
          Map.entry("form.criteria", "a section: each of its keys is proved above"),
          Map.entry("form.issuance", "a section: each of its keys is proved above"),
          Map.entry("form.overleaf", "a section: each of its keys is proved above"),
          Map.entry("criterionKind.rvc", "a section: rvc.min, max, message and source are proved"),
          Map.entry(
              "rule.forEach",
              "every bundled form has one item group, so there is no other to name; the loader"
                  + " reads it (bad/ fixtures: a rule over an unknown group is rule.unknown-group)"));

  static Path dir;

  @BeforeAll
  static void prepare(@TempDir Path tmp) throws IOException {
    dir = sharedFilesOnly(tmp);
  }

  /** A copy of the bundled forms folder without its forms: the schema and common/ only. */
  static Path sharedFilesOnly(Path tmp) throws IOException {
    DefinitionTestHelper.copyRepositoryForms(tmp);
    try (Stream<Path> forms = Files.list(tmp)) {
      for (Path p : forms.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        Files.delete(p);
      }
    }
    return tmp;
  }

  @Test
  void everyKeyOutsideFieldsAndLayoutIsCoveredHere() throws IOException {
    Set<String> covered = new TreeSet<>(CHANGES.keySet());
    covered.addAll(NO_VALUE_OF_THEIR_OWN.keySet());
    assertThat(covered).isEqualTo(schemaFormKeys());
  }

  static Stream<String> changedKeys() {
    return CHANGES.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changedKeys")
  void changingTheKeyChangesTheLoadedForm(String key) throws IOException {
    assertChangesTheLoadedForm(dir, key, Objects.requireNonNull(CHANGES.get(key), key));
  }

  /** Loads Form D with and without {@code c} from a copy of the forms in {@code dir}. */
  static void assertChangesTheLoadedForm(Path dir, String key, Change c) throws IOException {
    Path changed = DefinitionTestHelper.repositoryForms().resolve(c.file());
    String original = Files.readString(changed, StandardCharsets.UTF_8);
    assertThat(original).as("%s finds its text in %s", key, c.file()).contains(c.find());
    String base = formOf(dir, c, "d", original.replace(c.find(), c.base()));
    String changedText = original.replace(c.find(), c.variant());
    if (!c.loaded().equals("d")) { // a new id: the rule ids take its prefix, as the loader asks
      changedText = changedText.replace("- id: d.", "- id: " + c.loaded() + ".");
    }
    String variant = formOf(dir, c, c.loaded(), changedText);
    assertThat(variant.equals(base))
        .as("changing %s leaves the loaded form as it was", key)
        .isFalse();
  }

  /** Form D as loaded with {@code text} in the changed file, as text without source positions. */
  private static String formOf(Path dir, Change c, String loaded, String text) throws IOException {
    Path form = dir.resolve(loaded + ".yaml");
    Path changed = c.file().startsWith("common/") ? dir.resolve(c.file()) : form;
    String sharedBefore =
        changed.equals(form) ? "" : Files.readString(changed, StandardCharsets.UTF_8);
    if (!changed.equals(form)) {
      Files.copy(DefinitionTestHelper.repositoryForms().resolve("d.yaml"), form);
    }
    Files.writeString(changed, text, StandardCharsets.UTF_8);
    try {
      LoadResult result = FormLoader.standard().load(dir.resolve("common"), List.of(form));
      assertThat(result.diagnostics()).as("the changed form loads").isEmpty();
      return result
          .forms()
          .get(0)
          .toString()
          .replaceAll("SourceRef\\[[^\\]]*\\]", "@")
          .replaceAll("\\$\\$Lambda[^,)\\]]*", "λ")
          .replaceAll("@[0-9a-f]{5,}", "");
    } finally {
      Files.delete(form);
      if (!changed.equals(form)) {
        Files.writeString(changed, sharedBefore, StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * Every property reachable from the schema's form definition, named owner.key, except those of
   * the fields and the layout.
   */
  static Set<String> schemaFormKeys() throws IOException {
    Set<String> keys = EveryLayoutKeyMattersTest.schemaKeys("form", "field", "layout");
    keys.removeAll(Set.of("form.fields", "form.layout"));
    return keys;
  }
}
