package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The YAML mapper form definitions are read with: strict duplicate-key detection. Build one in main
 * and pass it down.
 */
public final class YamlMappers {
  private YamlMappers() {}

  public static ObjectMapper forms() {
    return YamlDocument.mapper();
  }
}
