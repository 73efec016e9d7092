package vn.coforms.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The static files of the screens ({@code /assets/coforms.css}, {@code /assets/coforms.js}), read
 * once from the jar. Only these names are served: no path from a request ever reaches the class
 * path. They may be cached for an hour, then revalidated.
 */
final class Assets {
  static final String CACHE = "public, max-age=3600";

  private final Map<String, Page> pages;

  Assets() {
    this.pages =
        Map.of(
            "/assets/coforms.css", load("coforms.css", "text/css;charset=utf-8"),
            "/assets/coforms.js", load("coforms.js", "text/javascript;charset=utf-8"));
  }

  Optional<Page> get(String path) {
    return Optional.ofNullable(pages.get(path));
  }

  private static Page load(String name, String type) {
    try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("asset " + name + " is missing from the jar");
      }
      return new Page(200, type, in.readAllBytes(), Map.of("Cache-Control", CACHE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
