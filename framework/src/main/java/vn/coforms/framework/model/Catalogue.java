package vn.coforms.framework.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable snapshot of a forms folder: every form that loaded, with its rules compiled and its
 * templates parsed, and the shared reference data certificates are checked against at run time
 * (countries, the working-day calendar). Validator, layout and renderer take it as a parameter on
 * every call, so a call works on one snapshot from start to end, and a new snapshot replaces the
 * old one by swapping a reference.
 *
 * <p>The shared fragments a form refers to ({@code @texts/…}, {@code @procedure/…}, the shared
 * rules) are resolved into each form when it loads; the shared rules are compiled against each
 * form's own fields, so they live in {@link FormDefinition#rules()}.
 *
 * <p>Iteration order is the order the forms were loaded (file name order), so every listing the
 * product prints is deterministic. Safe to share between threads.
 */
public final class Catalogue {
  private final Map<String, FormDefinition> forms;
  private final Map<String, Country> countries;
  private final WorkingDays workingDays;
  private final String version;
  private final List<MissingForm> missing;

  /**
   * A snapshot of the given forms and reference data.
   *
   * @param version identifies the files it was loaded from: equal files give equal versions
   */
  public Catalogue(
      List<FormDefinition> forms,
      Map<String, Country> countries,
      WorkingDays workingDays,
      String version) {
    this(forms, countries, workingDays, version, List.of());
  }

  /**
   * A snapshot of the given forms and reference data, and the forms that cannot be declared yet.
   *
   * @param version identifies the files it was loaded from: equal files give equal versions
   * @param missing the forms the procedures name whose template is not available (listed by {@code
   *     missing:} in a shared file)
   */
  public Catalogue(
      List<FormDefinition> forms,
      Map<String, Country> countries,
      WorkingDays workingDays,
      String version,
      List<MissingForm> missing) {
    Map<String, FormDefinition> byId = new LinkedHashMap<>();
    forms.forEach(f -> byId.put(f.id(), f));
    this.forms = Collections.unmodifiableMap(byId);
    this.countries = Map.copyOf(countries);
    this.workingDays = requireNonNull(workingDays, "workingDays");
    this.version = requireNonNull(version, "version");
    this.missing = List.copyOf(missing);
  }

  /** The snapshot of nothing: no form, no country, no holiday. */
  public static Catalogue empty() {
    return new Catalogue(List.of(), Map.of(), WorkingDays.none(), "empty");
  }

  public Optional<FormDefinition> form(String id) {
    return Optional.ofNullable(forms.get(id));
  }

  /**
   * Returns the form with {@code id}.
   *
   * @throws UnknownFormException if no form with that id is loaded
   */
  public FormDefinition require(String id) {
    FormDefinition f = forms.get(id);
    if (f == null) {
      throw new UnknownFormException(id, forms.keySet());
    }
    return f;
  }

  /**
   * The form a certificate naming {@code id} is checked and printed against. For a form without
   * versions that is the form itself; for a version of a form (see {@link FormVersion}) it is the
   * version of the same form that applies to the certificate's date and importing party, whichever
   * version the certificate names. The one place a version is picked.
   *
   * @param fields the certificate's top-level values as read from its document
   * @param today the date of an undated certificate (a draft being entered)
   * @throws UnknownFormException if no form with that id is loaded
   */
  public VersionPick pick(String id, Map<String, ?> fields, LocalDate today) {
    FormDefinition named = require(id);
    return named
        .version()
        .map(v -> new VersionPicker(versions(v.of())).pick(named, fields, today))
        .orElseGet(() -> new VersionPick(named, Optional.empty()));
  }

  /** The versions of the form {@code of}, in file order; empty if it has none. */
  public List<FormDefinition> versions(String of) {
    return forms.values().stream()
        .filter(f -> f.version().map(v -> v.of().equals(of)).orElse(false))
        .toList();
  }

  public Collection<FormDefinition> forms() {
    return forms.values();
  }

  /**
   * The forms the procedures name that cannot be declared yet, in the order their file lists them.
   */
  public List<MissingForm> missing() {
    return missing;
  }

  public Optional<Country> country(String code) {
    return Optional.ofNullable(countries.get(code));
  }

  public Map<String, Country> countries() {
    return countries;
  }

  public WorkingDays workingDays() {
    return workingDays;
  }

  /**
   * Which files this snapshot was loaded from: a digest of their names and text, so reloading an
   * unchanged folder gives the same version and any edit gives another.
   */
  public String version() {
    return version;
  }

  @Override
  public String toString() {
    return "Catalogue " + version + " " + forms.keySet();
  }
}
