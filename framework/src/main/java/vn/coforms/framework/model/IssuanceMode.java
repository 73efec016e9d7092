package vn.coforms.framework.model;

import java.util.Arrays;
import java.util.Optional;

/** How a certificate is issued: the procedures of seed 002 §23–§25 and seed 001. */
public enum IssuanceMode {
  NORMAL("normal"),
  RETROACTIVE("retroactive"),
  CERTIFIED_TRUE_COPY("certifiedTrueCopy"),
  REPLACEMENT("replacement"),
  BACK_TO_BACK("backToBack");

  private final String jsonName;

  IssuanceMode(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Optional<IssuanceMode> fromJson(String name) {
    return Arrays.stream(values()).filter(m -> m.jsonName.equals(name)).findFirst();
  }
}
