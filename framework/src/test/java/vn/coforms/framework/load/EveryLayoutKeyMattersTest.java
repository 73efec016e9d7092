package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * No key of the layout section is silently ignored: for every key the schema allows there, changing
 * its value in a bundled form changes the loaded model, or the key is listed below with the reason
 * it has no value of its own to change. A key the schema gains without an entry here fails {@link
 * #everyLayoutKeyInTheSchemaIsCoveredHere}.
 */
class EveryLayoutKeyMattersTest {
  /**
   * A change to one bundled form: {@code find} (every occurrence) becomes {@code base} in the form
   * compared against, and {@code variant} in the changed one.
   */
  record Change(
      String form, String find, String base, String variant, String alsoFind, String alsoVariant) {
    Change(String form, String find, String base, String variant) {
      this(form, find, base, variant, "", "");
    }

    static Change of(String form, String find, String variant) {
      return new Change(form, find, find, variant);
    }

    /**
     * A change that needs a second edit to load: a page that {@code layout.sheets} names, renamed
     * there too.
     */
    static Change of(
        String form, String find, String variant, String alsoFind, String alsoVariant) {
      return new Change(form, find, find, variant, alsoFind, alsoVariant);
    }
  }

  /** Form D's sheets: the ASEAN family's, from forms/common/asean.yaml. */
  static final String D_SHEETS = "  sheets: [\"@asean/layout.sheets\"]\n";

  static final Map<String, Change> CHANGES =
      Map.ofEntries(
          Map.entry("layout.page.width", Change.of("d", "{ width: 210,", "{ width: 211,")),
          Map.entry("layout.page.height", Change.of("d", "height: 297 }", "height: 298 }")),
          Map.entry("layout.font", Change.of("d", "  font: { size: 9,", "  font: { size: 8.5,")),
          Map.entry("font.size", Change.of("d", "font: { size: 9,", "font: { size: 8.5,")),
          Map.entry("font.minSize", Change.of("d", "minSize: 6 }", "minSize: 5 }")),
          Map.entry(
              "layout.labelFont",
              Change.of("d", "labelFont: { size: 7 }", "labelFont: { size: 6.5 }")),
          Map.entry(
              "layout.dataFace",
              Change.of("d", "labelFont: { size: 7 }", "labelFont: { size: 7 }\n  dataFace: sans")),
          Map.entry(
              "layout.copies",
              Change.of("d", "copies: \"@texts/copies.standard\"", "copies: [Original, Copy]")),
          Map.entry(
              "page.id",
              Change.of(
                  "d",
                  "- id: overleaf\n      role:",
                  "- id: reverse\n      role:",
                  D_SHEETS,
                  "  sheets:\n    - { front: front, back: reverse }\n    - { front: continuation }\n")),
          Map.entry(
              "page.role",
              Change.of(
                  "d",
                  "- id: overleaf\n      role: overleaf",
                  "- id: overleaf\n      role: front",
                  D_SHEETS,
                  "")),
          Map.entry("boxElement.id", Change.of("d", "id: box1\n", "id: boxOne\n")),
          Map.entry("boxElement.rect", Change.of("d", "[10, 12, 100, 30]", "[10, 12, 100, 29]")),
          Map.entry(
              "boxElement.label",
              Change.of("d", "label: \"1. Goods consigned from", "label: \"1. Goods sent from")),
          Map.entry(
              "boxElement.content",
              Change.of("d", "content: \"${exporter}\"", "content: \"${exporter} \"")),
          Map.entry(
              "boxElement.font",
              Change.of("d", "id: box1\n", "id: box1\n          font: { size: 8, minSize: 6 }\n")),
          Map.entry("textElement.rect", Change.of("d", "[110, 26, 90, 6]", "[110, 26, 90, 5.5]")),
          Map.entry(
              "textElement.text",
              Change.of("d", "\"CERTIFICATE OF ORIGIN\"", "\"CERTIFICATE OF ORIGIN.\"")),
          Map.entry(
              "textElement.size",
              Change.of("d", "ORIGIN\"\n          size: 11\n", "ORIGIN\"\n          size: 10.5\n")),
          Map.entry(
              "textElement.bold",
              Change.of("d", "size: 11\n          bold: true", "size: 11\n          bold: false")),
          Map.entry(
              "textElement.align",
              Change.of(
                  "d",
                  "Certificate)\"\n          size: 8\n          align: center",
                  "Certificate)\"\n          size: 8\n          align: left")),
          Map.entry(
              "fieldElement.rect", Change.of("d", "[138, 50.8, 50, 5]", "[138, 50.8, 50, 4.5]")),
          Map.entry(
              "fieldElement.content",
              Change.of("d", "content: \"VIETNAM\"", "content: \"VIET NAM\"")),
          Map.entry(
              "fieldElement.align",
              Change.of(
                  "d",
                  "content: \"VIETNAM\"\n          align: center",
                  "content: \"VIETNAM\"\n          align: right")),
          Map.entry("fieldElement.leader", Change.of("d", "leader: solid", "leader: dotted")),
          Map.entry(
              "fieldElement.font",
              Change.of(
                  "d",
                  "content: \"VIETNAM\"\n",
                  "content: \"VIETNAM\"\n          font: { size: 8, minSize: 6 }\n")),
          Map.entry(
              "tickElement.rect", Change.of("d", "[18, 264.5, 3.5, 3.5]", "[18, 264, 3.5, 3.5]")),
          Map.entry(
              "tickElement.field",
              Change.of("d", "field: deMinimis, label:", "field: accumulation, label:")),
          Map.entry(
              "tickElement.label",
              Change.of("d", "label: \"De Minimis\"", "label: \"De minimis\"")),
          Map.entry("lineElement.from", Change.of("d", "from: [200, 24]", "from: [200, 25]")),
          Map.entry("lineElement.to", Change.of("d", "to: [200, 70]", "to: [200, 69]")),
          Map.entry("lineElement.stroke", Change.of("d", "stroke: dotted", "stroke: solid")),
          Map.entry("tableElement.id", Change.of("d", "id: goods\n", "id: goodsTable\n")),
          Map.entry(
              "tableElement.rect", Change.of("d", "[10, 104, 190, 108]", "[10, 104, 190, 107]")),
          Map.entry(
              "tableElement.headerHeight", Change.of("d", "headerHeight: 20", "headerHeight: 19")),
          Map.entry(
              "tableElement.unused",
              Change.of("d", "headerHeight: 20\n", "headerHeight: 20\n          unused: strike\n")),
          Map.entry(
              "tableElement.columns.box",
              Change.of("d", "{ box: \"5\", width: 12,", "{ box: \"5a\", width: 12,")),
          Map.entry(
              "tableElement.columns.width",
              Change.of(
                  "d",
                  "width: 12, label: \"5. Item number\", content: \"${row}\" }\n"
                      + "            - { box: \"6\", width: 28,",
                  "width: 11, label: \"5. Item number\", content: \"${row}\" }\n"
                      + "            - { box: \"6\", width: 29,")),
          Map.entry(
              "tableElement.columns.label",
              Change.of("d", "label: \"5. Item number\"", "label: \"5. Item no.\"")),
          Map.entry(
              "tableElement.columns.content",
              Change.of("d", "content: \"${item.marks}\"", "content: \"${item.marks} \"")),
          Map.entry(
              "tableElement.footer.box",
              Change.of("d", "footer:\n            box: \"7\"", "footer:\n            box: \"6\"")),
          Map.entry(
              "tableElement.footer.content",
              Change.of("d", "</#if>${remarks}\"", "</#if>${remarks}.\"")),
          Map.entry(
              "copy-labelElement.rect",
              Change.of(
                  "d",
                  "copy-label\n          rect: [10, 5, 80, 6]",
                  "copy-label\n          rect: [10, 5, 80, 5.5]")),
          Map.entry(
              "notesElement.rect",
              Change.of(
                  "d",
                  "notes\n          rect: [10, 19, 190, 270]",
                  "notes\n          rect: [10, 19, 190, 269]")),
          Map.entry(
              "criteria-tableElement.rect",
              new Change(
                  "d",
                  "        - type: notes\n",
                  "        - { type: criteria-table, rect: [10, 250, 190, 40] }\n        - type: notes\n",
                  "        - { type: criteria-table, rect: [10, 250, 190, 39] }\n        - type: notes\n")),
          Map.entry(
              "partiesElement.rect",
              new Change(
                  "d",
                  "        - type: notes\n",
                  "        - { type: parties, rect: [10, 250, 190, 40] }\n        - type: notes\n",
                  "        - { type: parties, rect: [10, 250, 190, 39] }\n        - type: notes\n")),
          Map.entry(
              "layout.sheets.front",
              Change.of(
                  "d",
                  D_SHEETS,
                  "  sheets: [{ front: front }, { front: continuation }, { front: overleaf }]\n")),
          Map.entry(
              "layout.sheets.back",
              Change.of(
                  "d",
                  D_SHEETS,
                  "  sheets:\n    - { front: front }\n    - { front: continuation, back: overleaf }\n")),
          Map.entry(
              "layout.continuation.marker",
              Change.of(
                  "d",
                  "  continuation: \"@asean/layout.continuation\"\n",
                  "  continuation: { page: continuation, marker: \"Continued\" }\n")),
          Map.entry(
              "stamp.id",
              Change.of("d", "- id: retroactive\n      when:", "- id: retro\n      when:")),
          Map.entry(
              "stamp.when",
              Change.of(
                  "d",
                  "when: \"mode == 'retroactive'\"",
                  "when: \"mode == 'retroactive' && true\"")),
          Map.entry(
              "stamp.text",
              Change.of(
                  "d",
                  "text: \"@texts/stamps.issuedRetroactively\"",
                  "text: \"ISSUED RETROSPECTIVELY\"")),
          Map.entry(
              "stamp.page",
              Change.of(
                  "d",
                  "page: front\n      rect: [108, 228, 89, 14]",
                  "page: overleaf\n      rect: [108, 228, 89, 14]")),
          Map.entry("stamp.rect", Change.of("d", "[108, 228, 89, 14]", "[108, 228, 89, 13]")),
          Map.entry("stamp.style", Change.of("d", "style: typed", "style: stamped")),
          Map.entry(
              "layout.background.color",
              Change.of("eur1-evfta", "color: \"#b5d9b0\"", "color: \"#b5d9b1\"")));

  /**
   * Keys that hold no value of their own to change, each with the reason and where it is proved.
   */
  static final Map<String, String> NO_VALUE_OF_THEIR_OWN =
      Map.ofEntries(
          Map.entry(
              "element.type",
              "selects the element kind, whose own keys are each proved above; a wrong kind is"
                  + " rejected by the schema"),
          Map.entry(
              "layout.background.kind",
              "'guilloche' is its only allowed value; the color beside it is proved"),
          Map.entry(
              "tableElement.group",
              "every bundled form has one item group, so there is no other to name; the loader"
                  + " reads it (bad/continuation-group.yaml: a continuation of another group is"
                  + " reported)"),
          Map.entry(
              "layout.continuation.page",
              "every bundled form has one continuation page; the loader reads it (BrokenFileCorpus"
                  + " case layout.continuation: 'page: nope' is reported)"));

  static Path dir;
  static ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void prepare(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Path forms = DefinitionTestHelper.repositoryForms();
    copy(forms.resolve("schema"), dir.resolve("schema"));
    copy(forms.resolve("common"), dir.resolve("common"));
  }

  @Test
  void everyLayoutKeyInTheSchemaIsCoveredHere() throws IOException {
    Set<String> covered = new TreeSet<>(CHANGES.keySet());
    covered.addAll(NO_VALUE_OF_THEIR_OWN.keySet());
    Set<String> keys = schemaLayoutKeys();
    keys.removeIf(
        k -> k.matches("[a-z-]+Element\\.type")); // the same discriminator as element.type
    assertThat(covered).isEqualTo(keys);
  }

  static Stream<String> changedKeys() {
    return CHANGES.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changedKeys")
  void changingTheKeyChangesTheLoadedLayout(String key) throws IOException {
    Change c = java.util.Objects.requireNonNull(CHANGES.get(key), key);
    String original =
        Files.readString(
            DefinitionTestHelper.repositoryForms().resolve(c.form() + ".yaml"),
            StandardCharsets.UTF_8);
    assertThat(original).as("%s finds its text in %s.yaml", key, c.form()).contains(c.find());
    String base = layoutOf(c.form(), original.replace(c.find(), c.base()));
    assertThat(original).contains(c.alsoFind());
    String variant =
        layoutOf(
            c.form(),
            original.replace(c.find(), c.variant()).replace(c.alsoFind(), c.alsoVariant()));
    assertThat(variant.equals(base))
        .as("changing %s leaves the loaded layout as it was", key)
        .isFalse();
  }

  /** The loaded layout as text, without source positions (which any edit may shift). */
  private static String layoutOf(String form, String yaml) throws IOException {
    Path file = dir.resolve(form + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    LoadResult result = FormLoader.standard().load(dir.resolve("common"), List.of(file));
    assertThat(result.diagnostics()).as("the changed form loads").isEmpty();
    FormDefinition loaded = result.forms().get(0);
    return loaded
        .layout()
        .toString()
        .replaceAll("SourceRef\\[[^\\]]*\\]", "@")
        .replaceAll("\\$\\$Lambda[^,)\\]]*", "λ")
        .replaceAll("@[0-9a-f]{5,}", "");
  }

  /** Every property reachable from the schema's layout definition, named owner.key. */
  static Set<String> schemaLayoutKeys() throws IOException {
    return schemaKeys("layout");
  }

  /**
   * Every property reachable from the schema definition {@code root}, named owner.key, without
   * walking into the definitions {@code skipped} (whose keys another test covers).
   */
  static Set<String> schemaKeys(String root, String... skipped) throws IOException {
    JsonNode defs =
        json.readTree(
                DefinitionTestHelper.repositoryForms()
                    .resolve("schema/coforms.schema.json")
                    .toFile())
            .path("definitions");
    Set<String> seen = new HashSet<>(Set.of(skipped));
    seen.add(root);
    Set<String> keys = new TreeSet<>();
    walk(defs, defs.path(root), root, keys, seen);
    return keys;
  }

  static void walk(JsonNode defs, JsonNode node, String owner, Set<String> keys, Set<String> seen) {
    if (node.has("$ref")) {
      String name = node.get("$ref").asText().replace("#/definitions/", "");
      if (seen.add(name)) {
        walk(defs, defs.path(name), name, keys, seen);
      }
      return;
    }
    node.path("properties")
        .properties()
        .forEach(
            e -> {
              String key = owner + "." + e.getKey();
              JsonNode value = resolve(defs, e.getValue());
              JsonNode items = resolve(defs, value.path("items"));
              boolean container =
                  value.has("properties") || items.has("properties") || items.has("allOf");
              if (e.getValue().has("$ref") || !container) { // a shared definition is a key too
                keys.add(key);
              }
              walk(defs, e.getValue(), key, keys, seen);
            });
    for (String kw : List.of("items", "then", "else")) {
      if (node.has(kw)) {
        walk(defs, node.get(kw), owner, keys, seen);
      }
    }
    for (String kw : List.of("allOf", "oneOf", "anyOf")) {
      node.path(kw).forEach(n -> walk(defs, n, owner, keys, seen));
    }
  }

  private static JsonNode resolve(JsonNode defs, JsonNode node) {
    if (node.has("if") && node.path("then").path("$ref").asText().endsWith("/reference")) {
      return resolve(defs, node.path("else")); // a list item that may be a reference
    }
    return node.has("$ref")
        ? defs.path(node.get("$ref").asText().replace("#/definitions/", ""))
        : node;
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
