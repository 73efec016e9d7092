package vn.coforms.framework.template;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.layout.Template;

/**
 * Compiles and renders content templates (FreeMarker, plain-text output). Compiled templates are
 * cached by source text. Thread-safe.
 *
 * <p>Three layers keep a form template harmless: the configuration is locked down ({@link
 * LockedConfiguration}: no class resolution, no {@code ?api}, only data-model objects, no template
 * loading); only the constructs in {@link AllowedConstructs} are accepted, at load and again before
 * every render; and every evaluation runs within {@link TemplateLimits} (steps, depth, characters).
 */
public final class TemplateEngine {
  /** The fix shown with every {@code template.reference} diagnostic. */
  static final String REFERENCE_FIX =
      "use the fields declared in the form (items inside a table: item.<field>, row)";

  private final Configuration config = LockedConfiguration.create();
  private final TemplateLimits limits;
  private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

  /** An engine with the {@linkplain TemplateLimits#STANDARD standard} limits. */
  public TemplateEngine() {
    this(TemplateLimits.STANDARD);
  }

  public TemplateEngine(TemplateLimits limits) {
    this.limits = limits;
  }

  /**
   * Renders a template over a data model.
   *
   * @throws TemplateFailedException if the template uses a forbidden construct, fails on this data
   *     or goes over its limits; the message names where the template is declared
   */
  public String render(Template template, TemplateHashModel model) {
    Compiled c;
    try {
      c = compile(template);
    } catch (IOException e) {
      throw new TemplateFailedException(template, firstLine(e.getMessage()));
    }
    if (!c.forbidden().isEmpty()) {
      throw new TemplateFailedException(template, c.forbidden().get(0).message());
    }
    try {
      return BoundedEvaluation.run(c.template(), model, limits);
    } catch (TemplateException | IOException | OverBudgetException e) {
      throw new TemplateFailedException(template, why(e));
    }
  }

  /**
   * Compiles the template, checks its constructs, checks the names it reads in every branch against
   * the probe model ({@link ReferenceCheck}) and renders it over that model; every problem becomes
   * a located diagnostic. A template with a forbidden construct is never run.
   */
  public List<Diagnostic> check(Template template, TemplateHashModel probe) {
    Compiled c;
    try {
      c = compile(template);
    } catch (ParseException e) {
      return List.of(
          Diagnostic.error(
              "template.syntax",
              locate(template, e.getLineNumber(), e.getColumnNumber()),
              "template '"
                  + oneLine(template.source())
                  + "' does not parse: "
                  + e.getEditorMessage(),
              "write FreeMarker syntax, e.g. ${exporter} or <#if exhibition>…</#if>"));
    } catch (IOException e) {
      return List.of(unreadable(template, e));
    }
    if (!c.forbidden().isEmpty()) {
      return c.forbidden();
    }
    List<Diagnostic> references = ReferenceCheck.check(template, c.template(), probe);
    if (!references.isEmpty()) {
      return references;
    }
    try {
      BoundedEvaluation.run(c.template(), probe, limits);
      return List.of();
    } catch (OverBudgetException e) {
      return List.of(budget(template, e));
    } catch (TemplateException e) {
      Optional<OverBudgetException> over = overBudget(e);
      if (over.isPresent()) {
        return List.of(budget(template, over.get()));
      }
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      return List.of(
          Diagnostic.error(
              "template.reference",
              locate(template, line == null ? 1 : line, col == null ? 1 : col),
              "template '" + oneLine(template.source()) + "': " + why(e),
              REFERENCE_FIX));
    } catch (IOException e) {
      return List.of(unreadable(template, e));
    }
  }

  private Compiled compile(Template template) throws IOException {
    Compiled c = compiled.get(template.source());
    if (c == null) {
      freemarker.template.Template t =
          new freemarker.template.Template(template.at().file(), template.source(), config);
      c = new Compiled(t, AllowedConstructs.check(template, t));
      BoundedEvaluation.countLoopPasses(t);
      compiled.putIfAbsent(template.source(), c);
    }
    return c;
  }

  private static Diagnostic budget(Template template, OverBudgetException e) {
    return Diagnostic.error(
        "template.budget",
        template.at(),
        "template '"
            + oneLine(template.source())
            + "' went over its budget on the probe certificate: "
            + e.getMessage(),
        "print each field once; list only fields of the data");
  }

  private static String why(Exception e) {
    Optional<OverBudgetException> over = overBudget(e);
    if (over.isPresent()) {
      return "it went over its budget: " + over.get().getMessage();
    }
    if (e instanceof TemplateException t) {
      Throwable cause = t.getCause();
      return cause != null && cause.getMessage() != null
          ? firstLine(cause.getMessage())
          : firstLine(t.getMessageWithoutStackTop());
    }
    return firstLine(e.getMessage());
  }

  private static Optional<OverBudgetException> overBudget(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OverBudgetException o) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static SourceRef locate(Template t, int line, int column) {
    return t.at().shift(line - 1, Math.max(column - 1, 0));
  }

  static String oneLine(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }

  private static Diagnostic unreadable(Template template, IOException e) {
    return Diagnostic.error(
        "template.syntax",
        template.at(),
        "template cannot be read: " + firstLine(e.getMessage()),
        "");
  }

  private static String firstLine(@org.jspecify.annotations.Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A parsed template and the forbidden constructs found in it (empty when it may run). */
  private record Compiled(freemarker.template.Template template, List<Diagnostic> forbidden) {}
}
