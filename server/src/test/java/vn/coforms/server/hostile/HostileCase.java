package vn.coforms.server.hostile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One case of the hostile-input corpus, as declared in its {@code case.yaml}. */
record HostileCase(
    String id,
    Path dir,
    String issue,
    String what,
    List<String> args,
    int exit,
    List<String> contains,
    List<String> absent,
    Optional<String> pdf,
    List<String> noFiles) {

  /** What the CLI must never print, whatever the case: exception names and stack frames. */
  static final List<String> ALWAYS_ABSENT = List.of("Exception", "\tat ", "caused by");

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static HostileCase read(Path dir) throws IOException {
    Spec s = YAML.readValue(dir.resolve("case.yaml").toFile(), Spec.class);
    if (s.issue == null || s.what == null || s.args == null || s.exit == null) {
      throw new IllegalArgumentException(
          dir.resolve("case.yaml") + ": 'issue', 'what', 'args' and 'exit' are required");
    }
    return new HostileCase(
        dir.getFileName().toString(),
        dir,
        s.issue,
        s.what,
        List.copyOf(s.args),
        s.exit,
        s.contains == null ? List.of() : List.copyOf(s.contains),
        s.absent == null ? List.of() : List.copyOf(s.absent),
        Optional.ofNullable(s.pdf),
        s.noFiles == null ? List.of() : List.copyOf(s.noFiles));
  }

  List<String> absentWithDefaults() {
    return Stream.concat(ALWAYS_ABSENT.stream(), absent.stream()).toList();
  }

  String describe() {
    return id + " (issue " + issue + ": " + what + ")";
  }

  @Override
  public String toString() {
    return id;
  }

  /** The YAML shape of {@code case.yaml}. */
  @SuppressWarnings("NullAway.Init")
  static final class Spec {
    public String issue;
    public String what;
    public List<String> args;
    public Integer exit;
    public List<String> contains;
    public List<String> absent;
    public String pdf;
    public List<String> noFiles;
  }
}
