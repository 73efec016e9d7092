package vn.coforms.framework.template;

import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.Reader;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * The FreeMarker configuration every form template runs under, locked down by construction.
 *
 * <p>{@code ?new} resolves no class, {@code ?api} is off, the object wrapper exposes only the data
 * model ({@link DataOnlyWrapper}), no shared variables are defined, and {@code #include}/{@code
 * #import} find no template, neither on the file system nor on the classpath. These hold even for a
 * template that the load-time check ({@link AllowedConstructs}) never saw.
 */
final class LockedConfiguration {
  private LockedConfiguration() {}

  static Configuration create() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setLocale(Locale.ROOT);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    config.setNumberFormat("computer");
    config.setBooleanFormat("c");
    config.setObjectWrapper(DataOnlyWrapper.INSTANCE);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateLoader(new NoTemplates());
    config.setLocalizedLookup(false);
    config.clearSharedVariables();
    return config;
  }

  /** A template loader that finds nothing: {@code #include} and {@code #import} always fail. */
  private static final class NoTemplates implements TemplateLoader {
    @Override
    public @Nullable Object findTemplateSource(String name) {
      return null;
    }

    @Override
    public long getLastModified(Object templateSource) {
      return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
      throw new IllegalStateException("form templates cannot read other templates");
    }

    @Override
    public void closeTemplateSource(Object templateSource) {}
  }
}
