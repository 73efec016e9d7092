package vn.coforms.framework.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;

/** Every known way out of a FreeMarker template, tried in a form's layout: rejected, never run. */
class TemplateEscapeTest {
  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of(
            "Execute",
            "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"touch @M@\")}",
            "#assign"),
        Arguments.of(
            "Execute without #assign",
            "${\"freemarker.template.utility.Execute\"?new()(\"touch @M@\")}",
            "?new"),
        Arguments.of(
            "ObjectConstructor",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.FileWriter\","
                + " \"@M@\")}",
            "?new"),
        Arguments.of(
            "JythonRuntime", "${\"freemarker.template.utility.JythonRuntime\"?new()}", "?new"),
        Arguments.of("?api", "${exporter?api.getClass()}", "?api"),
        Arguments.of(
            "?eval",
            "${'\"freemarker.template.utility.Execute\"?new()(\"touch @M@\")'?eval}",
            "?eval"),
        Arguments.of(
            "?interpret",
            "<@\"<#assign x='freemarker.template.utility.Execute'?new()>${x('touch"
                + " @M@')}\"?interpret/>",
            "@"),
        Arguments.of(
            "?interpret in an interpolation",
            "${\"<#assign x='freemarker.template.utility.Execute'?new()>\"?interpret}",
            "?interpret"),
        Arguments.of("statics", "${statics[\"java.lang.Runtime\"].getRuntime()}", "["),
        Arguments.of("enums", "${enums[\"java.lang.Thread$State\"]}", "["),
        Arguments.of(".data_model", "${.data_model.exporter}", ".data_model"),
        Arguments.of(".globals", "${.globals.exporter}", ".globals"),
        Arguments.of(".vars", "${.vars[\"exporter\"]}", ".vars"),
        Arguments.of("#include", "<#include \"/etc/passwd\">", "#include"),
        Arguments.of("#import", "<#import \"/etc/passwd\" as p>", "#import"),
        Arguments.of("a range", "<#list 1..100000000 as x>${x}</#list>", ".."),
        Arguments.of("a recursive macro", "<#macro m><@m/></#macro><@m/>", "#macro"),
        Arguments.of(
            "interpolation in a string",
            "${\"${'freemarker.template.utility.Execute'?new()}\"}",
            "interpolation"),
        Arguments.of(
            "a nested #list",
            "<#list items as a><#list items as b>${a.description}</#list></#list>",
            "#list inside"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("escapes")
  void isRejectedAtLoadOnItsLineAndNothingRuns(
      String trick, String template, String named, @TempDir Path tmp) {
    Path marker = tmp.resolve("pwned");
    LoadResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> DemoForm.loadWithBox1(template.replace("@M@", marker.toString())));

    assertThat(marker).as("a file the template tried to create").doesNotExist();
    assertThat(result.forms()).isEmpty();
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("template.forbidden"))
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.at().line()).isEqualTo(DemoForm.box1Line()))
        .anySatisfy(d -> assertThat(d.message()).contains(named));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::render)
        .noneMatch(s -> s.contains("Exception") || s.contains("\tat ") || s.contains("FTL stack"));
  }

  @Test
  void pointsAtTheForbiddenBuiltInInsideTheYamlString() {
    LoadResult result = DemoForm.loadWithBox1("${exporter} ${exporter?api}");

    // '?api' starts 23 characters into the template, which starts after the opening quote
    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.render())
        .contains("demo.yaml:" + DemoForm.box1Line() + ":" + (DemoForm.box1Column() + 22) + ": ")
        .contains(
            "error[template.forbidden]: template '${exporter} ${exporter?api}' uses the"
                + " built-in ?api, which form templates may not use")
        .contains("fix: use only ${field}, <#if>");
  }

  @Test
  void theBuiltInsAndDirectivesTheFormsNeedStillLoad() {
    LoadResult result =
        DemoForm.loadWithBox1(
            "<#if exporter?has_content && mode != \"normal\">${exporter?trim?upper_case}"
                + "<#elseif (page > 1)>${page?c} of ${pages}<#else>${exporter!\"-\"}</#if>"
                + "<#list items as i>${i?counter}. ${i.description}<#sep>, <#else>none</#list>"
                + "<#-- a comment -->${items?size} ${(items?size > 1)?then(\"s\", \"\")}");

    assertThat(result.diagnostics()).extracting(Diagnostic::render).isEmpty();
  }
}
