package vn.coforms.framework.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;

/**
 * A parsed YAML file: its tree, where each value was written, and the schema its modeline names.
 */
record YamlDocument(String file, JsonNode root, SourceMap sources, Optional<String> schemaRef) {
  /** The longest value a form file may hold (the longest overleaf note is about 3,000). */
  private static final int MAX_SCALAR_CHARS = 100_000;

  private static final Pattern MODELINE =
      Pattern.compile("^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)\\s*$", Pattern.MULTILINE);

  /** Parses {@code text}; a syntax error yields a located diagnostic instead of a document. */
  static Parsed parse(ObjectMapper yaml, String file, String text) {
    LocatingParser parser;
    try {
      parser =
          new LocatingParser(yaml.getFactory().createParser(text), file, text, MAX_SCALAR_CHARS);
    } catch (IOException e) {
      return unreadable(file, e);
    }
    try (parser) {
      JsonNode root = yaml.readTree(parser);
      if (parser.unsafe().isPresent()) {
        return Parsed.failed(parser.unsafe().get());
      }
      if (root == null || root.isMissingNode() || root.isNull()) {
        return Parsed.failed(
            Diagnostic.error(
                "yaml.empty",
                new SourceRef(file, 1, 1),
                "the file is empty",
                "declare a form (see docs/format.md) or delete the file"));
      }
      if (!root.isObject()) {
        return Parsed.failed(
            Diagnostic.error(
                "yaml.not-a-mapping",
                new SourceRef(file, 1, 1),
                "the file holds a "
                    + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", expected a mapping of keys",
                "start the file with 'id:' and the other top-level keys of docs/format.md"));
      }
      SourceMap sources = parser.sources();
      Matcher m = MODELINE.matcher(text);
      return new Parsed(
          Optional.of(
              new YamlDocument(
                  file, root, sources, m.find() ? Optional.of(m.group(1)) : Optional.empty())),
          List.of());
    } catch (JsonProcessingException e) {
      // an alias or over-long scalar before the syntax error is what the author meets first
      return Parsed.failed(parser.unsafe().orElseGet(() -> syntaxError(file, e)));
    } catch (IOException e) {
      return unreadable(file, e);
    }
  }

  private static Parsed unreadable(String file, IOException e) {
    return Parsed.failed(
        Diagnostic.error(
            "yaml.unreadable",
            SourceRef.of(file),
            "cannot read the file: " + e.getMessage(),
            "check the file"));
  }

  private static Diagnostic syntaxError(String file, JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      MarkedYAMLException y = (MarkedYAMLException) e.getCause();
      Optional<Diagnostic> unclosed = unclosed(file, y);
      if (unclosed.isPresent()) {
        return unclosed.get();
      }
      Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
      if (mark != null) {
        String context =
            y.getContext() == null || y.getContextMark() == null
                ? ""
                : " ("
                    + y.getContext().strip()
                    + " that starts at line "
                    + (y.getContextMark().getLine() + 1)
                    + ")";
        return Diagnostic.error(
            "yaml.syntax",
            new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1),
            "YAML syntax error: " + plain(y.getProblem()) + context,
            "check the indentation (two spaces per level, no tabs) and quote strings that contain ': ' or ' #'");
      }
    }
    JsonLocation loc = e.getLocation();
    SourceRef at =
        loc == null
            ? SourceRef.of(file)
            : new SourceRef(file, Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
    String raw = e.getOriginalMessage();
    String message;
    String fix;
    if (raw.contains("Duplicate field")) {
      message = "duplicate key: " + raw.replace("Duplicate field", "key").trim();
      fix = "keep one of the two keys";
    } else {
      message = "YAML syntax error: " + firstLine(raw);
      fix =
          "check the indentation (two spaces per level, no tabs) and quote strings that contain ': ' or ' #'";
    }
    return Diagnostic.error("yaml.syntax", at, message, fix);
  }

  /**
   * A quoted string, {@code [list]} or {@code {mapping}} that is never closed: SnakeYAML notices
   * where the parse fails (often the end of the file), but the problem starts at the opening quote
   * or bracket, so that is where it is reported.
   */
  private static Optional<Diagnostic> unclosed(String file, MarkedYAMLException y) {
    Mark open = y.getContextMark();
    Mark failed = y.getProblemMark();
    String context = y.getContext();
    if (open == null || failed == null || context == null) {
      return Optional.empty();
    }
    String what;
    String fix;
    if (context.contains("quoted scalar")) {
      what = "the quoted string";
      fix =
          "end the text with the quote it starts with; inside it write a double quote as \\\""
              + " and a single quote as ''";
    } else if (context.contains("flow sequence")) {
      what = "the list '['";
      fix = "end the list with ']'; quote an item that contains ',' ':' '[' or ']'";
    } else if (context.contains("flow mapping")) {
      what = "the mapping '{'";
      fix = "end the mapping with '}'; quote a value that contains ',' ':' '{' or '}'";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.error(
            "yaml.syntax",
            new SourceRef(file, open.getLine() + 1, open.getColumn() + 1),
            "YAML syntax error: "
                + what
                + " that starts here is not closed: "
                + plain(y.getProblem())
                + " at line "
                + (failed.getLine() + 1)
                + ", column "
                + (failed.getColumn() + 1),
            fix));
  }

  /** SnakeYAML's problem in one line, with its token names in words. */
  private static String plain(@Nullable String problem) {
    return firstLine(String.valueOf(problem))
        .replace("'<scalar>'", "a value")
        .replace("<scalar>", "a value")
        .replace("'<block mapping start>'", "a key indented deeper")
        .replace("<block end>", "the end of the indented block");
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl) + " " + t.substring(nl + 1).replaceAll("\\s+", " "))
        .trim();
  }

  /** The outcome of parsing: a document, or the diagnostics that prevented one. */
  record Parsed(Optional<YamlDocument> document, List<Diagnostic> diagnostics) {
    static Parsed failed(Diagnostic d) {
      return new Parsed(Optional.empty(), List.of(d));
    }
  }

  static ObjectMapper mapper() {
    YAMLFactory factory =
        YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return new ObjectMapper(factory);
  }
}
