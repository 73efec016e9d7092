package vn.coforms.framework.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The closed set of field types a form can declare. */
public enum FieldType {
  TEXT,
  DATE,
  COUNTRY,
  HS_CODE,
  QUANTITY,
  MONEY,
  PERCENT,
  CRITERION,
  ENUM,
  TICK,
  GROUP;

  /** The name used in YAML, e.g. {@code hs-code}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<FieldType> fromYaml(String name) {
    return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
  }
}
