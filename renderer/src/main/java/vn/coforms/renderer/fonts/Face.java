package vn.coforms.renderer.fonts;

import vn.coforms.framework.model.layout.DataFace;

/**
 * The type faces a certificate uses: Liberation Serif (metric-compatible with Times New Roman) for
 * everything printed on the form, and Liberation Mono or Sans (Courier New, Arial) for the data
 * filled in, as the form's {@code layout.dataFace} chooses.
 */
public enum Face {
  REGULAR("liberation/LiberationSerif-Regular.ttf"),
  BOLD("liberation/LiberationSerif-Bold.ttf"),
  ITALIC("liberation/LiberationSerif-Italic.ttf"),
  MONO("liberation/LiberationMono-Regular.ttf"),
  SANS("liberation/LiberationSans-Regular.ttf");

  private final String resource;

  Face(String resource) {
    this.resource = resource;
  }

  String resource() {
    return resource;
  }

  /** The face that prints filled-in data on a form that declares {@code dataFace}. */
  public static Face forData(DataFace dataFace) {
    return switch (dataFace) {
      case MONO -> MONO;
      case SANS -> SANS;
      case SERIF -> REGULAR;
    };
  }
}
