package vn.coforms.server.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;

/**
 * Merges a reload of a forms folder with the catalogue in force, form by form: a form whose file
 * and shared fragments loaded cleanly is taken from the reload; a form with an error keeps the
 * version in force (its last good one), or is not served if it has none.
 *
 * <p>A shared fragment {@code common/<name>.yaml} is used by the forms whose file says
 * {@code @<name>/}; one no form refers to that way (shared rules, countries, holidays) is used by
 * every form. An error in a shared fragment counts against the forms that use it, and keeps the
 * reference data (countries, working days) in force too.
 */
final class CatalogueMerge {
  private final Path formsDir;
  private final Path commonDir;

  /** A merge for the folder {@code formsDir} (absolute and normalized). */
  CatalogueMerge(Path formsDir) {
    this.formsDir = formsDir;
    this.commonDir = formsDir.resolve("common");
  }

  /**
   * What to serve after {@code reload}, given the catalogue {@code inForce}.
   *
   * @param problems every form file's id (file name without {@code .yaml}) with its problems: its
   *     own diagnostics, those of the shared fragments it uses and those of the folder itself
   * @param kept the forms served in the version in force because their new one has an error
   * @param unserved the forms not served at all: they have an error and no good version yet
   */
  record Merged(
      Catalogue catalogue,
      Map<String, List<Diagnostic>> problems,
      List<String> kept,
      List<String> unserved) {
    Merged {
      problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
      kept = List.copyOf(kept);
      unserved = List.copyOf(unserved);
    }
  }

  Merged merge(LoadResult reload, Catalogue inForce) {
    Map<String, List<Diagnostic>> own = new TreeMap<>();
    Map<String, List<Diagnostic>> shared = new TreeMap<>();
    List<Diagnostic> folder = new ArrayList<>();
    for (Diagnostic d : reload.diagnostics()) {
      Path file = Path.of(d.at().file()).toAbsolutePath().normalize();
      Optional<String> stem = stem(file);
      if (stem.isPresent() && formsDir.equals(file.getParent())) {
        own.computeIfAbsent(stem.get(), k -> new ArrayList<>()).add(d);
      } else if (stem.isPresent() && commonDir.equals(file.getParent())) {
        shared.computeIfAbsent(stem.get(), k -> new ArrayList<>()).add(d);
      } else {
        folder.add(d);
      }
    }
    Optional<Map<String, String>> listed = formTexts();
    if (listed.isEmpty()) {
      Map<String, List<Diagnostic>> problems = new LinkedHashMap<>();
      inForce.forms().forEach(f -> problems.put(f.id(), reload.diagnostics()));
      return new Merged(inForce, problems, List.copyOf(problems.keySet()), List.of());
    }
    Map<String, String> texts = listed.get();
    Set<String> referenced = new TreeSet<>();
    shared
        .keySet()
        .forEach(
            name ->
                texts.values().stream()
                    .filter(text -> text.contains("@" + name + "/"))
                    .findAny()
                    .ifPresent(t -> referenced.add(name)));

    Map<String, List<Diagnostic>> problems = new LinkedHashMap<>();
    List<FormDefinition> forms = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> unserved = new ArrayList<>();
    texts.forEach(
        (id, text) -> {
          if (reload.catalogue().form(id).isEmpty() && !own.containsKey(id)) {
            // written after the reload listed the folder: the next reload, which it triggers, takes
            // it; until then the version in force (if any) stays
            inForce.form(id).ifPresent(forms::add);
            return;
          }
          List<Diagnostic> list = new ArrayList<>(own.getOrDefault(id, List.of()));
          shared.forEach(
              (name, diagnostics) -> {
                if (!referenced.contains(name) || text.contains("@" + name + "/")) {
                  list.addAll(diagnostics);
                }
              });
          list.addAll(folder);
          problems.put(id, list);
          Optional<FormDefinition> fresh = reload.catalogue().form(id);
          Optional<FormDefinition> old = inForce.form(id);
          if (fresh.isPresent() && !hasError(list)) {
            forms.add(fresh.get());
          } else if (old.isPresent()) {
            forms.add(old.get());
            kept.add(id);
          } else {
            unserved.add(id);
          }
        });
    boolean keepReferenceData =
        hasError(folder) || shared.values().stream().anyMatch(CatalogueMerge::hasError);
    Catalogue from = keepReferenceData ? inForce : reload.catalogue();
    String version =
        kept.isEmpty() && unserved.isEmpty() && !keepReferenceData
            ? reload.catalogue().version()
            : digest(reload.catalogue().version() + "|" + inForce.version() + "|" + kept);
    return new Merged(
        new Catalogue(forms, from.countries(), from.workingDays(), version, from.missing()),
        problems,
        kept,
        unserved);
  }

  /**
   * The text of every form file in the folder, by id, in file name order; empty when the folder
   * cannot be listed (the reload reported why, and every form keeps its version in force).
   */
  private Optional<Map<String, String>> formTexts() {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(formsDir)) {
      files
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .forEach(
              p ->
                  stem(p)
                      .ifPresent(
                          id -> {
                            try {
                              texts.put(id, Files.readString(p, StandardCharsets.UTF_8));
                            } catch (IOException | UncheckedIOException e) {
                              texts.put(id, ""); // its own diagnostic says why
                            }
                          }));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.of(texts);
  }

  private static Optional<String> stem(Path file) {
    Path name = file.getFileName();
    if (name == null || !name.toString().endsWith(".yaml")) {
      return Optional.empty();
    }
    return Optional.of(name.toString().substring(0, name.toString().length() - ".yaml".length()));
  }

  static boolean hasError(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** A short digest for a merged catalogue's version: 16 hex digits, like a loaded one's. */
  private static String digest(String s) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
