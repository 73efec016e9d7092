package vn.coforms.framework.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded forms, by id, with the shared reference data they use. Immutable.
 *
 * <p>Iteration order is the order the forms were loaded (file name order), so every listing the
 * product prints is deterministic.
 */
public final class FormCatalogue {
  private final Map<String, FormDefinition> forms;
  private final Map<String, Country> countries;
  private final WorkingDays workingDays;

  public FormCatalogue(
      List<FormDefinition> forms, Map<String, Country> countries, WorkingDays workingDays) {
    Map<String, FormDefinition> byId = new LinkedHashMap<>();
    forms.forEach(f -> byId.put(f.id(), f));
    this.forms = java.util.Collections.unmodifiableMap(byId);
    this.countries = Map.copyOf(countries);
    this.workingDays = workingDays;
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

  public Collection<FormDefinition> forms() {
    return forms.values();
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
}
