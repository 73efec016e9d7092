package vn.coforms.server.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The page templates ({@code *.ftlh} beside this class): HTML output format, so every interpolation
 * is escaped; no {@code ?new}, no {@code ?api}; models are plain maps and lists of strings, never
 * our objects.
 */
final class Templates {
  private final Configuration config;

  Templates() {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setTemplateLoader(new ClassTemplateLoader(Templates.class, ""));
    config.setRecognizeStandardFileExtensions(true);
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
  }

  /** The page {@code name} (e.g. {@code catalogue.ftlh}) filled with {@code model}. */
  String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      config.getTemplate(name).process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("page template " + name + " failed", e);
    }
    return out.toString();
  }
}
