package vn.coforms.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the bundled samples, in a stable order (form id, then file name). */
public final class Samples {
  /** Where the samples live on the classpath. */
  public static final String RESOURCE = "samples";

  private Samples() {}

  /** Every sample of every form. */
  public static List<Sample> all() {
    return from(root());
  }

  /** Every sample of one form. */
  public static List<Sample> of(String formId) {
    return all().stream().filter(s -> s.formId().equals(formId)).toList();
  }

  /** Every sample under a samples folder laid out as {@code <form>/<name>.json}. */
  public static List<Sample> from(Path root) {
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json") && !root.equals(p.getParent()))
          .map(p -> sample(root, p))
          .sorted(Comparator.comparing(Sample::formId).thenComparing(Sample::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list samples under " + root, e);
    }
  }

  /** {@code root/<form>/<name>.json} as a sample of form {@code <form>}. */
  private static Sample sample(Path root, Path file) {
    Path formDir = root.relativize(file).getName(0);
    return new Sample(
        formDir.toString(), file.getFileName().toString().replaceFirst("\\.json$", ""), file);
  }

  /** The samples folder on the classpath, whether a directory or inside a jar. */
  public static Path root() {
    URL url = Samples.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          "no samples on the classpath (" + RESOURCE + "); add the coforms-samples jar");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          return FileSystems.newFileSystem(uri, Map.of()).getPath("/" + RESOURCE);
        } catch (FileSystemAlreadyExistsException e) {
          return FileSystems.getFileSystem(uri).getPath("/" + RESOURCE);
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the samples at " + url, e);
    }
  }
}
