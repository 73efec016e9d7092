package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
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
import vn.coforms.framework.load.EveryFormKeyMattersTest.Change;
import vn.coforms.framework.model.FieldType;

/**
 * No key of a field is silently ignored: for every key of every per-type field definition in the
 * schema, changing it in a copy of Form D changes the loaded form. The keys every field has (id,
 * box, type, label, hint, required, readOnly) are read by one piece of the loader for every type,
 * so they are changed once, on a text field; each type's own options are changed on a field of that
 * type.
 */
class EveryFieldKeyMattersTest {
  /** The keys every per-type definition declares, read the same way whatever the type. */
  static final Set<String> COMMON =
      Set.of("id", "box", "type", "label", "hint", "required", "readOnly");

  static final Map<String, Change> CHANGES =
      Map.ofEntries(
          Map.entry("id", Change.of("exhibitionAddress", "exhibitionPlace")),
          Map.entry(
              "box",
              Change.of(
                  "box: \"3\"\n    type: text\n    label: { en: \"Port of Discharge\"",
                  "box: \"3a\"\n    type: text\n    label: { en: \"Port of Discharge\"")),
          Map.entry(
              "type",
              Change.shared(
                  "asean.yaml",
                  "type: date\n      label: { en: \"Departure date\"",
                  "type: text\n      label: { en: \"Departure date\"")),
          Map.entry(
              "label",
              Change.of(
                  "label: { en: \"Port of Discharge\"", "label: { en: \"Port of discharge\"")),
          Map.entry(
              "hint",
              Change.of(
                  "hint: { en: \"Only when Exhibition is ticked",
                  "hint: { en: \"Only if Exhibition is ticked")),
          Map.entry(
              "required",
              Change.of(
                  "label: { en: \"Port of Discharge\", vi: \"Cảng dỡ hàng\" }\n    required: true",
                  "label: { en: \"Port of Discharge\", vi: \"Cảng dỡ hàng\" }\n    required: false")),
          Map.entry(
              "readOnly",
              Change.of(
                  "type: tick\n    readOnly: true\n    label: { en: \"Preferential Treatment Given",
                  "type: tick\n    readOnly: false\n    label: { en: \"Preferential Treatment Given")),
          Map.entry("textField.maxLength", Change.of("maxLength: 400", "maxLength: 401")),
          Map.entry("textField.maxLines", Change.of("maxLines: 6", "maxLines: 7")),
          Map.entry("countryField.within", Change.of("within: parties", "within: any")),
          Map.entry("hs-codeField.digits", Change.of("digits: [8]", "digits: [6, 8]")),
          Map.entry(
              "hs-codeField.digits.min", Change.of("digits: [8]", "digits: { min: 6, max: 8 }")),
          Map.entry(
              "hs-codeField.digits.max", Change.of("digits: [8]", "digits: { min: 8, max: 10 }")),
          Map.entry(
              "groupField.fields",
              Change.of(
                  "label: { en: \"Description of goods\"",
                  "label: { en: \"Description of the goods\"")),
          Map.entry("groupField.minItems", Change.of("minItems: 1", "minItems: 2")),
          Map.entry("groupField.maxItems", Change.of("maxItems: 500", "maxItems: 400")));

  /**
   * Options of types Form D declares no field of; each is read by one line of the field assembler
   * and proved where named.
   */
  static final Map<String, String> PROVED_ELSEWHERE =
      Map.of(
          "enumField.values",
          "EnumFieldTest: a value outside 'values' is field.enum, inside it is none");

  static Path dir;

  @BeforeAll
  static void prepare(@TempDir Path tmp) throws IOException {
    dir = EveryFormKeyMattersTest.sharedFilesOnly(tmp);
  }

  @Test
  void everyFieldKeyOfTheSchemaIsCoveredHere() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (String key : schemaFieldKeys()) {
      String own = key.substring(key.indexOf('.') + 1);
      if (COMMON.contains(own) && !key.startsWith("field.")) {
        covered.add(key);
      } else if (CHANGES.containsKey(key) || PROVED_ELSEWHERE.containsKey(key)) {
        covered.add(key);
      }
    }
    assertThat(covered).isEqualTo(schemaFieldKeys());
  }

  @Test
  void everyTypeDeclaresTheCommonKeys() throws IOException {
    Set<String> keys = schemaFieldKeys();
    for (FieldType t : FieldType.values()) {
      for (String common : COMMON) {
        assertThat(keys).contains(t.yamlName() + "Field." + common);
      }
    }
  }

  static Stream<String> changedKeys() {
    return CHANGES.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changedKeys")
  void changingTheKeyChangesTheLoadedForm(String key) throws IOException {
    EveryFormKeyMattersTest.assertChangesTheLoadedForm(
        dir, key, Objects.requireNonNull(CHANGES.get(key), key));
  }

  /** Every property of the per-type field definitions, named e.g. {@code hs-codeField.digits}. */
  static Set<String> schemaFieldKeys() throws IOException {
    Set<String> keys = EveryLayoutKeyMattersTest.schemaKeys("field", "bilingual");
    keys.remove("field.type"); // the selector of the per-type definitions, each declaring it again
    return keys;
  }
}
