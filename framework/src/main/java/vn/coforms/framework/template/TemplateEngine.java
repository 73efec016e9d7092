package vn.coforms.framework.template;

import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.layout.Template;

/**
 * Compiles and renders content templates (FreeMarker, plain-text output). Compiled templates are
 * cached by source text. Thread-safe.
 */
public final class TemplateEngine {
  private final Configuration config;
  private final Map<String, freemarker.template.Template> compiled = new ConcurrentHashMap<>();

  public TemplateEngine() {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    config.setObjectWrapper(DataModel.WRAPPER);
  }

  /**
   * Renders a template over a data model; template errors become {@link TemplateFailedException}.
   */
  public String render(Template template, TemplateHashModel model) {
    try {
      StringWriter out = new StringWriter();
      compile(template).process(model, out);
      return out.toString();
    } catch (TemplateException | IOException e) {
      throw new TemplateFailedException(template, e);
    }
  }

  /**
   * Compiles and renders the template over a probe model; every problem becomes a located
   * diagnostic.
   */
  public List<Diagnostic> check(Template template, TemplateHashModel probe) {
    try {
      compile(template).process(probe, new StringWriter());
      return List.of();
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
    } catch (TemplateException e) {
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      String why =
          e.getCause() != null && e.getCause().getMessage() != null
              ? e.getCause().getMessage()
              : firstLine(e.getMessageWithoutStackTop());
      return List.of(
          Diagnostic.error(
              "template.reference",
              locate(template, line == null ? 1 : line, col == null ? 1 : col),
              "template '" + oneLine(template.source()) + "': " + why,
              "use the fields declared in the form (items inside a table: item.<field>, row)"));
    } catch (IOException e) {
      return List.of(
          Diagnostic.error(
              "template.syntax", template.at(), "template cannot be read: " + e.getMessage(), ""));
    }
  }

  private freemarker.template.Template compile(Template template) throws IOException {
    freemarker.template.Template t = compiled.get(template.source());
    if (t == null) {
      t = new freemarker.template.Template(template.at().file(), template.source(), config);
      compiled.putIfAbsent(template.source(), t);
    }
    return t;
  }

  private static SourceRef locate(Template t, int line, int column) {
    return t.at().shift(line - 1, Math.max(column - 1, 0));
  }

  private static String oneLine(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
