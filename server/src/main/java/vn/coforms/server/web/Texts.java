package vn.coforms.server.web;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The UI strings of each language, from {@code messages_vi.properties} and {@code
 * messages_en.properties}. Placeholders are {@code {0}}, {@code {1}}, replaced literally (no {@code
 * MessageFormat} quoting rules).
 */
final class Texts {
  static final String BUNDLE = "vn.coforms.server.web.messages";

  private final Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);

  Texts() {
    for (Language language : Language.values()) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              language.locale(),
              Texts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      Map<String, String> strings = new TreeMap<>();
      bundle.keySet().forEach(k -> strings.put(k, bundle.getString(k)));
      byLanguage.put(language, Collections.unmodifiableMap(strings));
    }
  }

  /** Every string of {@code language}, by key. */
  Map<String, String> all(Language language) {
    return java.util.Objects.requireNonNull(byLanguage.get(language), "loaded for every language");
  }

  /** The string {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
  String get(Language language, String key, Object... args) {
    String text = all(language).get(key);
    if (text == null) {
      throw new IllegalArgumentException("no UI string '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
