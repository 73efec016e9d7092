package vn.coforms.framework.model.layout;

import java.util.Locale;

final class Checks {
  private Checks() {}

  static void checkArgument(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }
}
