package vn.coforms.framework.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.diag.Utf8Text;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.WorkingDays;
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
          "layout.outside-page",
          "layout.page-size",
          "calendar.unavailable");
  private final ObjectMapper yaml;
  private final TemplateEngine templates;

  private final int threads;

  /** A loader that loads form files on as many threads as the machine has processors. */
  public FormLoader(ObjectMapper yaml, TemplateEngine templates) {
    this(yaml, templates, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A loader that loads up to {@code threads} form files at once (1: one after the other, on the
   * calling thread). The result does not depend on it: forms, diagnostics and the catalogue version
   * come out in file order.
   */
  public FormLoader(ObjectMapper yaml, TemplateEngine templates, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.yaml = yaml;
    this.templates = templates;
    this.threads = threads;
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
    } catch (IOException | UncheckedIOException e) {
      return failed(formsDir, e);
    }
  }

  /**
   * Loads the given form files with the shared fragments of {@code commonDir}. Two files that
   * declare the same form id: the first (in the order given) loads, the second is reported and does
   * not.
   */
  public LoadResult load(Path commonDir, List<Path> formFiles) {
    int workers = Math.min(threads, formFiles.size());
    if (workers <= 1) {
      return load(commonDir, formFiles, Runnable::run);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, FormLoader::loaderThread);
    try {
      return load(commonDir, formFiles, pool);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Reads and parses the form files on {@code executor} while the shared fragments load on the
   * calling thread (parsing needs nothing from them), then assembles each form there too. Results
   * are taken in file order, so the outcome is the same on any number of threads.
   */
  private LoadResult load(Path commonDir, List<Path> formFiles, Executor executor) {
    List<CompletableFuture<ParsedFile>> parsing = new ArrayList<>();
    for (Path file : formFiles) {
      parsing.add(CompletableFuture.supplyAsync(() -> parse(file), executor));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    SchemaCheck schema = new SchemaCheck();
    SourceDigest digest = new SourceDigest();
    CommonFragments common = loadCommon(commonDir, schema, digest, diagnostics);
    References references = new References(common.documents());
    FormAssembler assembler =
        new FormAssembler(
            common.countries(),
            common.calendar(),
            common.calendarProblem(),
            common.rules(),
            templates);
    List<CompletableFuture<FileOutcome>> assembling = new ArrayList<>();
    for (CompletableFuture<ParsedFile> parsed : parsing) {
      assembling.add(
          parsed.thenApplyAsync(p -> assemble(p, schema, references, assembler), executor));
    }
    List<FormDefinition> forms = new ArrayList<>();
    Map<String, String> loadedFrom = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < formFiles.size(); i++) {
      Path file = formFiles.get(i);
      join(parsing.get(i))
          .text()
          .ifPresent(text -> digest.add(String.valueOf(file.getFileName()), text));
      FileOutcome outcome = join(assembling.get(i));
      List<Diagnostic> problems = new ArrayList<>(outcome.problems());
      outcome
          .form()
          .ifPresent(
              form -> {
                String first = loadedFrom.putIfAbsent(form.id(), display(file));
                if (first == null) {
                  forms.add(form);
                } else {
                  problems.add(
                      Diagnostic.error(
                          "form.duplicate-id",
                          outcome.idAt(),
                          "form id '"
                              + form.id()
                              + "' is already declared by "
                              + first
                              + ", which loaded first; this file is not loaded",
                          "give one of the two forms another id (and file name), or lint one"
                              + " forms folder at a time"));
                }
              });
      if (!problems.isEmpty()) {
        failed.add(display(file));
        diagnostics.addAll(problems);
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    formFiles.forEach(f -> ids.add(String.valueOf(f.getFileName()).replaceFirst("\\.yaml$", "")));
    diagnostics.addAll(VersionChecks.check(forms, ids));
    return new LoadResult(
        forms,
        new ArrayList<>(new LinkedHashSet<>(diagnostics)),
        failed,
        new Catalogue(
            forms,
            common.countries(),
            common.calendar().orElseGet(WorkingDays::none),
            digest.version(),
            common.missing()));
  }

  /** A daemon thread for loading form files: it never keeps the JVM alive. */
  private static Thread loaderThread(Runnable task) {
    Thread t = new Thread(task, "coforms-form-loader");
    t.setDaemon(true);
    return t;
  }

  /**
   * The value of a finished step; a failure no step foresaw (an out-of-memory error) is rethrown as
   * it would have been on the calling thread.
   */
  private static <T> T join(CompletableFuture<T> step) {
    try {
      return step.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /** Loads the catalogue bundled on the classpath by the {@code forms} module. */
  public LoadResult loadBundled() {
    return load(bundledDirectory());
  }

  /** What loading one form file gave: the form, where its id is written, and its problems. */
  private record FileOutcome(
      Optional<FormDefinition> form, SourceRef idAt, List<Diagnostic> problems) {
    static FileOutcome failed(List<Diagnostic> problems) {
      return new FileOutcome(Optional.empty(), SourceRef.UNKNOWN, problems);
    }
  }

  /**
   * A form file read and parsed: its text (for the catalogue version) when it could be read, and
   * its tree or the diagnostics that prevented one.
   */
  private record ParsedFile(
      Path file, Optional<String> text, Optional<YamlDocument> doc, List<Diagnostic> problems) {}

  /**
   * Reads and parses one form file. No exception escapes: whatever goes wrong is a diagnostic
   * located in the file, so a broken file never stops the others.
   */
  private ParsedFile parse(Path file) {
    String name = display(file);
    Utf8Text.Decoded text = read(file, name);
    if (text.text().isEmpty()) {
      return new ParsedFile(
          file, Optional.empty(), Optional.empty(), text.problem().stream().toList());
    }
    try {
      YamlDocument.Parsed parsed = YamlDocument.parse(yaml, name, text.text().get());
      return new ParsedFile(file, text.text(), parsed.document(), parsed.diagnostics());
    } catch (RuntimeException | StackOverflowError e) {
      return new ParsedFile(file, text.text(), Optional.empty(), List.of(internal(name, e)));
    }
  }

  /**
   * Resolves, schema-checks and assembles one parsed form file. No exception escapes: whatever goes
   * wrong is a diagnostic located in the file.
   */
  private FileOutcome assemble(
      ParsedFile parsed, SchemaCheck schema, References references, FormAssembler assembler) {
    if (parsed.doc().isEmpty()) {
      return FileOutcome.failed(parsed.problems());
    }
    try {
      return assembleUnguarded(parsed.file(), parsed.doc().get(), schema, references, assembler);
    } catch (RuntimeException | StackOverflowError e) {
      return FileOutcome.failed(List.of(internal(display(parsed.file()), e)));
    }
  }

  private FileOutcome assembleUnguarded(
      Path file,
      YamlDocument doc,
      SchemaCheck schema,
      References references,
      FormAssembler assembler) {
    String name = display(file);
    FormatVersion.Declared format = FormatVersion.ofForm(doc);
    if (format.stop()) {
      return FileOutcome.failed(format.problems());
    }
    References.Resolved resolved = references.resolve(doc);
    if (!resolved.diagnostics().isEmpty()) {
      List<Diagnostic> failed = new ArrayList<>(format.problems());
      failed.addAll(resolved.diagnostics());
      return FileOutcome.failed(failed);
    }
    JsonNode root = resolved.root();
    if (!format.declared() && root instanceof ObjectNode object) {
      // Reported above; checked as the current version, so the schema does not say it twice.
      object.put("format", FormatVersion.CURRENT);
    }
    YamlDocument resolvedDoc =
        new YamlDocument(doc.file(), root, resolved.sources(), doc.schemaRef());
    List<Diagnostic> versionProblems = new ArrayList<>(format.problems());
    versionProblems.addAll(FormatChanges.since(format.readAs(), root, resolved.sources()));
    List<Diagnostic> problems = new ArrayList<>(schema.check(resolvedDoc, file));
    String expectedId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    SourceRef idAt = doc.sources().locateValue("/id");
    FormAssembler.Assembled assembled;
    try {
      assembled = assembler.assemble(new Node(resolved.root(), "", resolved.sources()), expectedId);
    } catch (RuntimeException | StackOverflowError e) {
      // With schema errors the shape is broken in a way they already explain; without, it is ours.
      List<Diagnostic> failed = new ArrayList<>(versionProblems);
      failed.addAll(problems.isEmpty() ? List.of(internal(name, e)) : problems);
      return FileOutcome.failed(failed);
    }
    Optional<FormDefinition> form = Optional.empty();
    if (problems.isEmpty()) {
      problems.addAll(assembled.problems().list());
      form = assembled.form();
    } else {
      // The file's shape is wrong: keep only the semantic problems that stand on their own, not
      // the ones a mistyped value causes downstream (a field of unknown type bound to a tick box).
      assembled.problems().list().stream()
          .filter(d -> INDEPENDENT.contains(d.code()))
          .forEach(problems::add);
    }
    problems.addAll(versionProblems);
    problems.replaceAll(resolved::withUse);
    problems.sort(
        java.util.Comparator.comparingInt((Diagnostic d) -> d.at().line())
            .thenComparingInt(d -> d.at().column()));
    return new FileOutcome(problems.isEmpty() ? form : Optional.empty(), idAt, problems);
  }

  /**
   * The diagnostic for a failure the loader did not foresee: still located in its file, with what
   * went wrong, so lint goes on with the other files.
   */
  private static Diagnostic internal(String name, Throwable e) {
    String what =
        e instanceof StackOverflowError
            ? "the file nests too deeply to be checked"
            : Optional.ofNullable(e.getMessage())
                .filter(m -> !m.isBlank())
                .map(m -> firstLine(m))
                .orElse("an unexpected failure without a message");
    return Diagnostic.error(
        "load.internal",
        new SourceRef(name, 1, 1),
        "the loader could not check this file: " + what,
        "this is a bug in coforms, please report it with this file; meanwhile compare the file"
            + " with docs/format.md and the bundled forms");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private CommonFragments loadCommon(
      Path commonDir, SchemaCheck schema, SourceDigest digest, List<Diagnostic> diagnostics) {
    Map<String, YamlDocument> docs = new LinkedHashMap<>();
    Set<String> broken = new LinkedHashSet<>();
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    if (!Files.isDirectory(commonDir)) {
      diagnostics.add(
          Diagnostic.error(
              "common.missing",
              SourceRef.of(display(commonDir)),
              "the shared fragments folder "
                  + display(commonDir)
                  + (Files.exists(commonDir, LinkOption.NOFOLLOW_LINKS)
                      ? " is not a folder"
                      : " does not exist"),
              "keep forms/common/ next to the form files"));
      return new CommonFragments(docs, broken, declared);
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(commonDir)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .sorted(byName())
              .toList();
    } catch (IOException | UncheckedIOException e) {
      diagnostics.add(
          Diagnostic.error(
              "common.unreadable",
              SourceRef.of(display(commonDir)),
              "cannot list " + display(commonDir) + ": " + reason(e),
              "make the folder readable"));
      return new CommonFragments(docs, broken, declared);
    }
    for (Path file : files) {
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      try {
        List<Diagnostic> problems = loadCommonFile(file, schema, digest, docs, declared);
        if (!problems.isEmpty()) {
          broken.add(name);
          diagnostics.addAll(problems);
        }
      } catch (RuntimeException | StackOverflowError e) {
        broken.add(name);
        docs.remove(name);
        diagnostics.add(internal(display(file), e));
      }
    }
    return resolveCommon(docs, broken, declared, diagnostics);
  }

  /**
   * Parses and schema-checks one shared file; a clean one goes into {@code docs}, and the top-level
   * keys of any that parses into {@code declared} (what it declares, even when it has errors).
   */
  private List<Diagnostic> loadCommonFile(
      Path file,
      SchemaCheck schema,
      SourceDigest digest,
      Map<String, YamlDocument> docs,
      Map<String, Set<String>> declared) {
    String name = display(file);
    Utf8Text.Decoded text = read(file, name);
    if (text.text().isEmpty()) {
      return text.problem().stream().toList();
    }
    digest.add("common/" + file.getFileName(), text.text().get());
    YamlDocument.Parsed parsed = YamlDocument.parse(yaml, name, text.text().get());
    if (parsed.document().isEmpty()) {
      return parsed.diagnostics();
    }
    YamlDocument doc = parsed.document().get();
    Set<String> keys = new LinkedHashSet<>();
    doc.root().fieldNames().forEachRemaining(keys::add);
    declared.put(file.getFileName().toString().replaceFirst("\\.yaml$", ""), keys);
    FormatVersion.Declared format = FormatVersion.ofShared(doc);
    if (format.stop()) {
      return format.problems();
    }
    List<Diagnostic> problems = new ArrayList<>(schema.check(doc, file));
    problems.addAll(ownKeys(doc, file));
    problems.addAll(CalendarDates.check(doc));
    if (problems.isEmpty()) {
      docs.put(file.getFileName().toString().replaceFirst("\\.yaml$", ""), doc);
    }
    return problems;
  }

  /** The top-level keys a shared file may have besides the one named after the file itself. */
  private static final List<String> SHARED_KEYS =
      List.of("format", "countries", "texts", "procedure", "rules", "holidays");

  /**
   * A top-level key of a shared file that is neither a known role nor the file's own name (its
   * fragments, referenced as {@code @<file>/…}): a misspelt {@code countrie:} would else be
   * ignored.
   */
  private static List<Diagnostic> ownKeys(YamlDocument doc, Path file) {
    String own = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    List<String> allowed = new ArrayList<>(SHARED_KEYS);
    allowed.add(own);
    List<Diagnostic> out = new ArrayList<>();
    doc.root()
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!allowed.contains(key)) {
                out.add(
                    Diagnostic.error(
                        "common.unknown-key",
                        doc.sources().locate("/" + key.replace("~", "~0").replace("/", "~1")),
                        "unknown top-level key '"
                            + key
                            + "' in a shared file"
                            + vn.coforms.framework.diag.DidYouMean.hint(key, allowed),
                        "use one of: "
                            + String.join(", ", allowed)
                            + " (fragments of this file go under '"
                            + own
                            + ":', referenced as @"
                            + own
                            + "/<key>)"));
              }
            });
    return out;
  }

  /**
   * Resolves the references inside the shared files, once, so a problem there is reported on its
   * line in the shared file; a file with such a problem is left out like one with schema errors.
   */
  private static CommonFragments resolveCommon(
      Map<String, YamlDocument> docs,
      Set<String> broken,
      Map<String, Set<String>> declared,
      List<Diagnostic> diagnostics) {
    References references = new References(docs);
    Map<String, YamlDocument> resolved = new LinkedHashMap<>();
    docs.forEach(
        (name, doc) -> {
          References.Resolved r = references.resolve(doc);
          if (r.diagnostics().isEmpty()) {
            resolved.put(
                name, new YamlDocument(doc.file(), r.root(), r.sources(), doc.schemaRef()));
          } else {
            broken.add(name);
            diagnostics.addAll(r.diagnostics());
          }
        });
    return new CommonFragments(resolved, broken, declared);
  }

  /** The text of a file, or empty when it is not a readable regular file. */
  /** The file's text as strict UTF-8, or the located reason it cannot be read. */
  private static Utf8Text.Decoded read(Path file, String name) {
    if (Files.isRegularFile(file)) {
      try {
        return Utf8Text.decode(name, Files.readAllBytes(file), "yaml.encoding");
      } catch (IOException | UncheckedIOException e) {
        // described below
      }
    }
    return new Utf8Text.Decoded(Optional.empty(), Optional.of(unreadable(file, name)));
  }

  /** Why {@code file} could not be read, in words (never a Java class name). */
  private static Diagnostic unreadable(Path file, String name) {
    String why;
    if (Files.isDirectory(file)) {
      why = "it is a folder, not a YAML file";
    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      why = "it is a symbolic link that leads nowhere or back to itself (a link loop)";
    } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      why = "it does not exist";
    } else if (!Files.isRegularFile(file)) {
      why = "it is not a regular file";
    } else {
      try {
        Files.readString(file, StandardCharsets.UTF_8);
        why = "it changed while it was read";
      } catch (IOException | UncheckedIOException e) {
        why = reason(e);
      }
    }
    return Diagnostic.error(
        "yaml.unreadable",
        SourceRef.of(name),
        "cannot read " + name + ": " + why,
        "a form is a UTF-8 file forms/<id>.yaml and a shared fragment forms/common/<name>.yaml;"
            + " move or rename anything else");
  }

  /** An I/O failure in words: the operating system's reason, never a Java class name. */
  static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (t instanceof java.nio.file.NoSuchFileException) {
      return "it does not exist";
    }
    if (t instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof java.nio.charset.CharacterCodingException) {
      return "it is not UTF-8 text";
    }
    if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return Optional.ofNullable(t.getMessage()).orElse("an input/output error");
  }

  private static LoadResult failed(Path dir, Exception e) {
    Diagnostic d =
        Diagnostic.error(
            "forms.unreadable",
            SourceRef.of(display(dir)),
            "cannot list the forms folder: " + reason(e),
            "pass an existing folder that holds <id>.yaml files");
    return new LoadResult(List.of(), List.of(d), List.of(display(dir)), Catalogue.empty());
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
