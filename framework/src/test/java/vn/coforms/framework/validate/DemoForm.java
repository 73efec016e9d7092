package vn.coforms.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.LinkedCertificate;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/** The README's demo form with extra rules, and certificates for it. */
final class DemoForm {
  private DemoForm() {}

  /**
   * Loads the demo form with {@code rules} (YAML list items) added to its rules and {@code
   * itemsExtra} (YAML keys) added to its items group.
   */
  static LoadResult load(String rules, String itemsExtra) {
    return load(rules, itemsExtra, "", "");
  }

  /**
   * As {@link #load(String, String)}, with the text {@code from} of the form replaced by {@code
   * to}.
   */
  static LoadResult load(String rules, String itemsExtra, String from, String to) {
    String yaml = readme();
    if (!from.isEmpty()) {
      assertThat(yaml).contains(from);
      yaml = yaml.replace(from, to);
    }
    yaml = yaml.replace("rules:\n", "rules:\n" + rules);
    yaml = yaml.replace("    minItems: 1\n", "    minItems: 1\n" + itemsExtra);
    return DefinitionTestHelper.forText("demo.yaml", yaml).load();
  }

  private static String readme() {
    try {
      String readme = Files.readString(DefinitionTestHelper.repositoryRoot().resolve("README.md"));
      String section = readme.substring(readme.indexOf("## Declaring a form"));
      Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
      assertThat(m.find()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A certificate with {@code rows} items described "GOODS 0", "GOODS 1", ... */
  static Certificate certificate(String exporter, int rows, String criterion) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      items.add(item("GOODS " + i, criterion));
    }
    return certificate(exporter, items);
  }

  static Certificate certificate(String exporter, List<Map<String, Object>> items) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("exporter", exporter);
    f.put("importingCountry", "LA");
    f.put("items", items);
    return new Certificate("demo", IssuanceMode.NORMAL, LinkedCertificate.NONE, f);
  }

  static Map<String, Object> item(String description, String criterion) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("description", description);
    item.put("criterion", criterion);
    return item;
  }
}
