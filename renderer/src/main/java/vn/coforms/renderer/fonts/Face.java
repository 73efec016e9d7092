package vn.coforms.renderer.fonts;

/** The type faces a certificate uses: Liberation Serif, metric-compatible with Times New Roman. */
public enum Face {
  REGULAR("liberation/LiberationSerif-Regular.ttf"),
  BOLD("liberation/LiberationSerif-Bold.ttf"),
  ITALIC("liberation/LiberationSerif-Italic.ttf");

  private final String resource;

  Face(String resource) {
    this.resource = resource;
  }

  String resource() {
    return resource;
  }
}
