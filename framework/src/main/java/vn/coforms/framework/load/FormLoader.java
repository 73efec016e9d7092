package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.diag.Utf8Text;
import vn.coforms.framework.model.FormCatalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.template.TemplateEngine;

/**
 * Loads form definitions: every {@code *.yaml} of a forms folder, with the shared fragments of its
 * {@code common/} folder. This is the only public entry point into {@code load}.
 *
 * <p>Every problem of every file is reported at once; a broken file never stops the others.
 */
public final class FormLoader {
  /** Where the {@code forms} module puts the catalogue on the classpath. */
  public static final String BUNDLED_RESOURCE = "coforms/forms";

  private static final java.util.Set<String> INDEPENDENT =
      java.util.Set.of(
          "rule.unknown-field",
          "rule.unknown-group",
          "layout.unknown-field",
          "template.reference",
          "template.syntax",
          "field.duplicate-id",
          "rule.duplicate-id",
          "criteria.pattern",
          "rule.regex",
          "layout.outside-page");
  private final ObjectMapper yaml;
  private final TemplateEngine templates;

  public FormLoader(ObjectMapper yaml, TemplateEngine templates) {
    this.yaml = yaml;
    this.templates = templates;
  }

  /**
   * A loader with the standard YAML mapper (strict duplicate-key detection) and template engine.
   */
  public static FormLoader standard() {
    return new FormLoader(YamlDocument.mapper(), new TemplateEngine());
  }

  /** Loads every form file directly inside {@code formsDir}, with {@code formsDir/common}. */
  public LoadResult load(Path formsDir) {
    try (Stream<Path> files = Files.list(formsDir)) {
      List<Path> forms =
          files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted(byName()).toList();
      return load(formsDir.resolve("common"), forms);
    } catch (IOException e) {
      return failed(formsDir, e);
    }
  }

  /** Loads the given form files with the shared fragments of {@code commonDir}. */
  public LoadResult load(Path commonDir, List<Path> formFiles) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    SchemaCheck schema = new SchemaCheck();
    CommonFragments common = loadCommon(commonDir, schema, diagnostics);
    References references = new References(common.trees());
    FormAssembler assembler =
        new FormAssembler(common.countries(), common.workingDays(), common.rules(), templates);
    List<FormDefinition> forms = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Path file : formFiles) {
      List<Diagnostic> problems = loadForm(file, schema, references, assembler, forms);
      if (!problems.isEmpty()) {
        failed.add(display(file));
        diagnostics.addAll(problems);
      }
    }
    return new LoadResult(
        forms,
        diagnostics,
        failed,
        new FormCatalogue(forms, common.countries(), common.workingDays()));
  }

  /** Loads the catalogue bundled on the classpath by the {@code forms} module. */
  public LoadResult loadBundled() {
    return load(bundledDirectory());
  }

  private List<Diagnostic> loadForm(
      Path file,
      SchemaCheck schema,
      References references,
      FormAssembler assembler,
      List<FormDefinition> forms) {
    String name = display(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of(
          Diagnostic.error(
              "yaml.unreadable",
              SourceRef.of(name),
              "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage(),
              "check the path; a form file is forms/<id>.yaml"));
    }
    Utf8Text.Decoded decoded = Utf8Text.decode(name, bytes, "yaml.encoding");
    if (decoded.text().isEmpty()) {
      return decoded.problem().map(List::of).orElse(List.of());
    }
    String text = decoded.text().get();
    YamlDocument.Parsed parsed = YamlDocument.parse(yaml, name, text);
    if (parsed.document().isEmpty()) {
      return parsed.diagnostics();
    }
    YamlDocument doc = parsed.document().get();
    References.Resolved resolved = references.resolve(doc);
    YamlDocument resolvedDoc =
        new YamlDocument(doc.file(), resolved.root(), doc.sources(), doc.schemaRef());
    if (!resolved.diagnostics().isEmpty()) {
      return resolved.diagnostics();
    }
    List<Diagnostic> problems = new ArrayList<>(schema.check(resolvedDoc, file));
    String expectedId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    FormAssembler.Assembled assembled;
    try {
      assembled = assembler.assemble(new Node(resolved.root(), "", doc.sources()), expectedId);
    } catch (RuntimeException e) {
      if (problems.isEmpty()) {
        throw e;
      }
      return problems; // the shape is broken in a way the schema diagnostics already explain
    }
    if (problems.isEmpty()) {
      problems.addAll(assembled.problems().list());
      assembled.form().ifPresent(forms::add);
    } else {
      // The file's shape is wrong: keep only the semantic problems that stand on their own, not
      // the ones a mistyped value causes downstream (a field of unknown type bound to a tick box).
      assembled.problems().list().stream()
          .filter(d -> INDEPENDENT.contains(d.code()))
          .forEach(problems::add);
    }
    problems.sort(
        java.util.Comparator.comparingInt((Diagnostic d) -> d.at().line())
            .thenComparingInt(d -> d.at().column()));
    return problems;
  }

  private CommonFragments loadCommon(
      Path commonDir, SchemaCheck schema, List<Diagnostic> diagnostics) {
    Map<String, YamlDocument> docs = new LinkedHashMap<>();
    if (!Files.isDirectory(commonDir)) {
      diagnostics.add(
          Diagnostic.error(
              "common.missing",
              SourceRef.of(display(commonDir)),
              "the shared fragments folder " + display(commonDir) + " does not exist",
              "keep forms/common/ next to the form files"));
      return new CommonFragments(docs);
    }
    try (Stream<Path> files = Files.list(commonDir)) {
      for (Path file :
          files
              .filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .sorted(byName())
              .toList()) {
        YamlDocument.Parsed parsed = YamlDocument.parse(yaml, display(file), read(file));
        diagnostics.addAll(parsed.diagnostics());
        parsed
            .document()
            .ifPresent(
                doc -> {
                  List<Diagnostic> problems = schema.check(doc, file);
                  diagnostics.addAll(problems);
                  if (problems.isEmpty()) {
                    docs.put(file.getFileName().toString().replaceFirst("\\.yaml$", ""), doc);
                  }
                });
      }
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.error(
              "common.unreadable",
              SourceRef.of(display(commonDir)),
              "cannot list " + display(commonDir) + ": " + e.getMessage(),
              ""));
    }
    return new CommonFragments(docs);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static LoadResult failed(Path dir, IOException e) {
    Diagnostic d =
        Diagnostic.error(
            "forms.unreadable",
            SourceRef.of(display(dir)),
            "cannot list the forms folder: " + e.getMessage(),
            "pass an existing folder that holds <id>.yaml files");
    return new LoadResult(
        List.of(),
        List.of(d),
        List.of(display(dir)),
        new FormCatalogue(List.of(), Map.of(), vn.coforms.framework.model.WorkingDays.none()));
  }

  /** Paths print relative to the working directory when they lie below it, as editors expect. */
  static String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    if (!"file".equals(abs.getFileSystem().provider().getScheme())) {
      return "classpath:" + p.toString().replaceFirst("^/", "");
    }
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  private static Comparator<Path> byName() {
    return Comparator.comparing(p -> p.getFileName().toString());
  }

  /** The bundled forms folder, from a directory on the classpath or inside a jar. */
  public static Path bundledDirectory() {
    URL url =
        FormLoader.class
            .getClassLoader()
            .getResource(BUNDLED_RESOURCE + "/schema/coforms.schema.json");
    if (url == null) {
      throw new IllegalStateException(
          "the forms catalogue is not on the classpath ("
              + BUNDLED_RESOURCE
              + "); add the coforms-forms jar");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/" + BUNDLED_RESOURCE);
      }
      Path schemaDir = java.util.Objects.requireNonNull(Path.of(uri).getParent(), "schema/");
      return java.util.Objects.requireNonNull(schemaDir.getParent(), "forms/");
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled forms at " + url, e);
    }
  }
}
