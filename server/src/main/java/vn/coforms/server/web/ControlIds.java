package vn.coforms.server.web;

/**
 * The element ids of a control: {@code f-} plus its name with each run of other characters as '-'.
 */
final class ControlIds {
  private ControlIds() {}

  /** {@code items[1].criterion} → {@code f-items-1-criterion}. */
  static String of(String name) {
    String slug = name.replaceAll("[^A-Za-z0-9]+", "-");
    slug = slug.replaceAll("-+$", "");
    return "f-" + slug;
  }
}
