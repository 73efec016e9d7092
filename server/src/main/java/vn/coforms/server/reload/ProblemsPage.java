package vn.coforms.server.reload;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The problems page of one form, {@code problems.ftlh}: FreeMarker with HTML auto-escaping, no
 * {@code ?api}, no {@code ?new}. Self-contained (no script, no style, no asset). Thread-safe.
 */
final class ProblemsPage {
  private final Template template;

  ProblemsPage() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setClassForTemplateLoading(ProblemsPage.class, "");
    config.setDefaultEncoding("UTF-8");
    config.setLocale(Locale.ROOT);
    config.setRecognizeStandardFileExtensions(true);
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setAPIBuiltinEnabled(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    try {
      this.template = config.getTemplate("problems.ftlh");
    } catch (IOException e) {
      throw new UncheckedIOException("the problems page template is missing from the jar", e);
    }
  }

  /**
   * The page for form {@code id}.
   *
   * @param known whether the forms folder has a file for it
   * @param served whether a version of it is served
   */
  byte[] render(String id, boolean known, boolean served, List<FormProblem> problems) {
    Map<String, Object> model =
        Map.of(
            "id",
            id,
            "known",
            known,
            "served",
            served,
            "errors",
            problems.stream().anyMatch(p -> p.severity().equals("error")),
            "problems",
            problems.stream()
                .map(
                    p ->
                        Map.of(
                            "where", p.where(),
                            "severity", p.severity(),
                            "code", p.code(),
                            "message", p.message(),
                            "fix", p.fix()))
                .toList());
    StringWriter out = new StringWriter();
    try {
      template.process(model, out);
    } catch (TemplateException | IOException e) {
      throw new IllegalStateException("the problems page failed to render", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
