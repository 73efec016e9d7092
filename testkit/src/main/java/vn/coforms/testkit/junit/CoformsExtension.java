package vn.coforms.testkit.junit;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.validate.BuiltInChecks;
import vn.coforms.testkit.Certificates;
import vn.coforms.testkit.GenerateOptions;

/**
 * Resolves the parameters of a {@link CoformsTest}: {@link Certificates}, {@link Catalogue}, a
 * {@link FormDefinition} annotated {@link Form} and a {@link Certificate} annotated {@link
 * Generated}. The loaded forms are kept in the root context's store, keyed by folder and day, so
 * every test class of a run shares one load.
 *
 * <p>A parameter that cannot be resolved (an unknown form, mode or rule, a folder that does not
 * load, a certificate the generator cannot build) fails the test with a {@link
 * ParameterResolutionException} that names the test method and the choices there are.
 */
public final class CoformsExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CoformsExtension.class);

  /** What the root store keeps a load under: the forms folder ("" bundled) and the day. */
  private record Key(String forms, String today) {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Certificates.class
        || type == Catalogue.class
        || (type == FormDefinition.class && parameter.isAnnotated(Form.class))
        || (type == Certificate.class && parameter.isAnnotated(Generated.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Certificates certificates = certificates(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == Certificates.class) {
      return certificates;
    }
    if (type == Catalogue.class) {
      return certificates.catalogue();
    }
    if (type == FormDefinition.class) {
      return form(
          certificates, parameter.findAnnotation(Form.class).orElseThrow().value(), context);
    }
    return generate(certificates, parameter.findAnnotation(Generated.class).orElseThrow(), context);
  }

  private static Certificates certificates(ExtensionContext context) {
    CoformsTest settings = settings(context);
    Optional<LocalDate> day = day(settings.today(), context);
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    String folder;
    Certificates forms;
    try {
      folder = folder(settings.forms());
      // Two separate look-ups: a creator must not use the store it is creating in.
      forms =
          store.getOrComputeIfAbsent(
              new Key(folder, ""), key -> load(settings.forms()), Certificates.class);
    } catch (IllegalArgumentException e) {
      throw fail(context, String.valueOf(e.getMessage()));
    }
    if (day.isEmpty()) {
      return forms;
    }
    return store.getOrComputeIfAbsent(
        new Key(folder, settings.today()), key -> forms.on(day.orElseThrow()), Certificates.class);
  }

  /** The folder as one key however it is written ({@code ../forms}, {@code ../forms/}). */
  private static String folder(String forms) {
    return forms.isEmpty() ? "" : Path.of(forms).toAbsolutePath().normalize().toString();
  }

  private static Optional<LocalDate> day(String today, ExtensionContext context) {
    if (today.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(today));
    } catch (DateTimeParseException e) {
      throw fail(
          context, "today = \"" + today + "\" in @CoformsTest is not a day written yyyy-MM-dd");
    }
  }

  /** The forms of the folder ("" for the bundled ones) with the real today in Viet Nam. */
  private static Certificates load(String folder) {
    if (folder.isEmpty()) {
      return Certificates.bundled();
    }
    Path path = Path.of(folder);
    try {
      return Certificates.from(path);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "forms = \""
              + folder
              + "\" in @CoformsTest ("
              + path.toAbsolutePath()
              + ") does not load: "
              + e.getMessage(),
          e);
    }
  }

  /** The annotation on the method, else on the class or the classes it is nested in. */
  private static CoformsTest settings(ExtensionContext context) {
    List<AnnotatedElement> elements = new ArrayList<>();
    context.getTestMethod().ifPresent(elements::add);
    for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
      elements.add(c);
    }
    return elements.stream()
        .map(e -> AnnotationSupport.findAnnotation(e, CoformsTest.class))
        .flatMap(Optional::stream)
        .findFirst()
        .orElseGet(CoformsExtension::defaults);
  }

  @CoformsTest
  private static final class Defaults {}

  private static CoformsTest defaults() {
    return Defaults.class.getAnnotation(CoformsTest.class);
  }

  private static FormDefinition form(
      Certificates certificates, String formId, ExtensionContext context) {
    return certificates
        .catalogue()
        .form(formId)
        .orElseThrow(
            () ->
                fail(
                    context,
                    "there is no form \""
                        + formId
                        + "\"; the forms are "
                        + certificates.catalogue().forms().stream()
                            .map(FormDefinition::id)
                            .sorted()
                            .collect(Collectors.joining(", "))));
  }

  private static Certificate generate(
      Certificates certificates, Generated generated, ExtensionContext context) {
    FormDefinition form = form(certificates, generated.form(), context);
    String what =
        "@Generated(form = \"" + generated.form() + "\", seed = " + generated.seed() + ")";
    try {
      if (!generated.invalid().isEmpty()) {
        if (generated.items() != -1 || !generated.mode().isEmpty()) {
          throw fail(
              context, what + ": items and mode apply to valid certificates; drop them or invalid");
        }
        checkRule(form, generated.invalid(), context);
        return certificates.invalid(form.id(), generated.invalid(), generated.seed());
      }
      return certificates.generate(form.id(), generated.seed(), options(form, generated, context));
    } catch (ParameterResolutionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw fail(context, what + " cannot be generated: " + e.getMessage());
    }
  }

  private static GenerateOptions options(
      FormDefinition form, Generated generated, ExtensionContext context) {
    GenerateOptions options = GenerateOptions.defaults();
    if (generated.items() < -1) {
      throw fail(context, "items = " + generated.items() + " in @Generated: give 0 or more, or -1");
    }
    if (generated.items() >= 0) {
      options = options.withItems(generated.items());
    }
    if (!generated.mode().isEmpty()) {
      IssuanceMode mode =
          IssuanceMode.fromJson(generated.mode())
              .filter(form.issuance().modes()::contains)
              .orElseThrow(
                  () ->
                      fail(
                          context,
                          "form "
                              + form.id()
                              + " has no issuance mode \""
                              + generated.mode()
                              + "\"; its modes are "
                              + form.issuance().modes().stream()
                                  .map(IssuanceMode::jsonName)
                                  .collect(Collectors.joining(", "))));
      options = options.withMode(mode);
    }
    return options;
  }

  private static void checkRule(FormDefinition form, String ruleId, ExtensionContext context) {
    List<String> rules = form.rules().stream().map(Rule::id).toList();
    if (!rules.contains(ruleId) && !BuiltInChecks.IDS.contains(ruleId)) {
      throw fail(
          context,
          "form "
              + form.id()
              + " has no rule \""
              + ruleId
              + "\"; its rules are "
              + String.join(", ", rules)
              + "; the built-in checks are "
              + String.join(", ", BuiltInChecks.IDS));
    }
  }

  private static ParameterResolutionException fail(ExtensionContext context, String message) {
    String where =
        context
            .getTestMethod()
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName() + ": ")
            .orElseGet(() -> context.getTestClass().map(c -> c.getSimpleName() + ": ").orElse(""));
    return new ParameterResolutionException(where + message);
  }
}
