package vn.coforms.framework.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Picks the version of a form that applies to a certificate: the one whose window holds the
 * certificate's date and, for a version limited to importing parties, whose parties hold the
 * certificate's importing party. A limited version takes precedence over an unlimited one. The
 * certificate's date is the first filled of the version's {@code issuance.dateFields}, else its
 * first filled date field; an undated certificate (a draft being entered) is dated today.
 *
 * <p>The only place a version is picked: validation, rendering, the server and the test kit all ask
 * {@link Catalogue#pick}.
 */
final class VersionPicker {
  private final List<FormDefinition> group;

  VersionPicker(List<FormDefinition> group) {
    this.group = List.copyOf(group);
  }

  VersionPick pick(FormDefinition named, Map<String, ?> fields, LocalDate today) {
    List<FormDefinition> applying = group.stream().filter(f -> applies(f, fields, today)).toList();
    Optional<FormDefinition> chosen =
        applying.stream()
            .filter(f -> f.version().map(FormVersion::limited).orElse(false))
            .findFirst()
            .or(() -> applying.stream().findFirst());
    if (chosen.isPresent()) {
      return new VersionPick(chosen.get(), Optional.empty());
    }
    return new VersionPick(named, Optional.of(miss(named, fields, today)));
  }

  private static boolean applies(FormDefinition form, Map<String, ?> fields, LocalDate today) {
    FormVersion v = form.version().orElseThrow();
    if (!v.covers(date(form, fields).orElse(today))) {
      return false;
    }
    return !v.limited() || importer(form, fields).map(v.importers()::contains).orElse(false);
  }

  private String miss(FormDefinition named, Map<String, ?> fields, LocalDate today) {
    FormVersion v = named.version().orElseThrow();
    Optional<LocalDate> dated = date(named, fields);
    String party =
        group.stream()
            .map(f -> importer(f, fields))
            .flatMap(Optional::stream)
            .findFirst()
            .map(p -> ", importing " + p)
            .orElse("");
    return "the certificate ("
        + dated.map(d -> "dated " + d).orElse("undated, so taken as of today " + today)
        + party
        + ") falls under no version of form '"
        + v.of()
        + "'; its versions: "
        + group.stream()
            .map(f -> f.id() + " \"" + f.version().orElseThrow().name() + "\" " + window(f))
            .collect(Collectors.joining("; "));
  }

  private static String window(FormDefinition f) {
    return f.version().orElseThrow().window();
  }

  /** The first filled date among the form's dating fields, then its other date fields. */
  static Optional<LocalDate> date(FormDefinition form, Map<String, ?> fields) {
    return Stream.concat(
            form.issuance().dateFields().stream(),
            form.fields().stream().filter(f -> f.type() == FieldType.DATE).map(FieldDef::id))
        .map(fields::get)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .map(VersionPicker::day)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<LocalDate> day(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> importer(FormDefinition form, Map<String, ?> fields) {
    return form.version()
        .flatMap(FormVersion::importerField)
        .map(fields::get)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .filter(s -> !s.isBlank());
  }
}
