package vn.coforms.framework.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.layout.Template;

class TemplateEngineTest {
  private static final SourceRef AT = new SourceRef("demo.yaml", 12, 30);
  private static final Duration HANG_GUARD = Duration.ofSeconds(30);

  private static SimpleHash data() {
    return new SimpleHash(
        Map.of(
            "exporter",
            "ACME",
            "rows",
            new SimpleSequence(Collections.nCopies(1000, "r"), DataOnlyWrapper.INSTANCE)),
        DataOnlyWrapper.INSTANCE);
  }

  /** Runs a template under the locked configuration without the load-time construct check. */
  private static String runUnchecked(String source, TemplateLimits limits) throws Exception {
    freemarker.template.Template t =
        new freemarker.template.Template("t", source, LockedConfiguration.create());
    BoundedEvaluation.countLoopPasses(t);
    return BoundedEvaluation.run(t, data(), limits);
  }

  /** A template that somehow got past the load check still reaches nothing outside its data. */
  @Nested
  class TheConfigurationAloneStopsEveryEscape {
    /** Runs a template that would create {@code MARKER}; it must fail and create nothing. */
    void assertFailsAndCreatesNothing(Path tmp, String template) {
      Path marker = tmp.resolve("pwned");
      assertThatThrownBy(
              () ->
                  runUnchecked(
                      template.replace("MARKER", marker.toString()), TemplateLimits.STANDARD))
          .isInstanceOf(TemplateException.class);
      assertThat(marker).doesNotExist();
    }

    @Test
    void executeResolvesNoClass(@TempDir Path tmp) {
      assertFailsAndCreatesNothing(
          tmp, "<#assign x='freemarker.template.utility.Execute'?new()>${x('touch MARKER')}");
    }

    @Test
    void objectConstructorResolvesNoClass(@TempDir Path tmp) {
      assertFailsAndCreatesNothing(
          tmp,
          "${'freemarker.template.utility.ObjectConstructor'?new()('java.io.FileWriter', 'MARKER')}");
    }

    @Test
    void interpretedTextIsJustAsLockedDown(@TempDir Path tmp) {
      assertFailsAndCreatesNothing(
          tmp,
          "<@\"<#assign x='freemarker.template.utility.Execute'?new()>${x('touch MARKER')}\"?interpret/>");
    }

    @Test
    void apiIsOff() {
      assertThatThrownBy(() -> runUnchecked("${exporter?api.getClass()}", TemplateLimits.STANDARD))
          .isInstanceOf(TemplateException.class)
          .hasMessageContaining("?api");
    }

    @Test
    void includeFindsNothing() {
      assertThatThrownBy(() -> runUnchecked("<#include '/etc/passwd'>", TemplateLimits.STANDARD))
          .isInstanceOf(TemplateException.class)
          .hasMessageNotContaining("root:");
    }

    @Test
    void theOnlySharedVariablesAreFreeMarkersTextTransforms() {
      Configuration config = LockedConfiguration.create();
      Set<?> names = config.getSharedVariableNames();
      assertThat(names.stream().map(String::valueOf))
          .containsOnly(
              "capture_output", "compress", "html_escape", "normalize_newlines", "xml_escape");
    }

    @Test
    void theWrapperRefusesAnythingButData() {
      assertThatThrownBy(() -> DataOnlyWrapper.INSTANCE.wrap(new File("/etc/passwd")))
          .isInstanceOf(TemplateModelException.class)
          .hasMessageContaining("only certificate data");
    }
  }

  @Nested
  class EveryEvaluationHasABudget {
    @Test
    void anEmptyLoopOverAHugeRangeStopsAtTheStepLimit() {
      assertTimeoutPreemptively(
          HANG_GUARD,
          () ->
              assertThatThrownBy(
                      () ->
                          runUnchecked(
                              "<#list 1..2000000000 as x></#list>", TemplateLimits.STANDARD))
                  .isInstanceOf(OverBudgetException.class)
                  .hasMessageContaining("more than 100000 steps"));
    }

    @Test
    void aRecursiveMacroStopsAtTheDepthLimitNotWithAStackOverflow() {
      assertTimeoutPreemptively(
          HANG_GUARD,
          () ->
              assertThatThrownBy(
                      () -> runUnchecked("<#macro m>x<@m/></#macro><@m/>", TemplateLimits.STANDARD))
                  .isInstanceOf(OverBudgetException.class)
                  .hasMessageContaining("deeper than 64 levels"));
    }

    @Test
    void recoverCannotCatchTheBudget() {
      assertThatThrownBy(
              () ->
                  runUnchecked(
                      "<#attempt><#list 1..2000000000 as x></#list><#recover>caught</#attempt>",
                      TemplateLimits.STANDARD))
          .isInstanceOf(OverBudgetException.class);
    }

    @Test
    void renderStopsPrintingPastTheCharacterLimitAndSaysWhere() {
      TemplateEngine engine = new TemplateEngine(new TemplateLimits(1000, 64, 10));
      Template t = new Template("${exporter} ${exporter} ${exporter}", AT);

      assertThatThrownBy(() -> engine.render(t, data()))
          .isInstanceOf(TemplateFailedException.class)
          .hasMessage(
              "template at demo.yaml:12:30 failed: it went over its budget: it printed more than 10"
                  + " characters")
          .hasNoCause();
    }

    @Test
    void aListOverMoreRowsThanTheStepLimitStops() {
      TemplateEngine engine = new TemplateEngine(new TemplateLimits(500, 64, 1_000_000));
      Template t = new Template("<#list rows as r>${r}</#list>", AT);

      assertThatThrownBy(() -> engine.render(t, data()))
          .isInstanceOf(TemplateFailedException.class)
          .hasMessageContaining("more than 500 steps");
    }

    @Test
    void aTemplateOverBudgetOnTheProbeIsALocatedLoadError() {
      TemplateEngine engine = new TemplateEngine(new TemplateLimits(1000, 64, 10));
      List<Diagnostic> problems =
          engine.check(new Template("${exporter} ${exporter} ${exporter}", AT), data());

      assertThat(problems)
          .extracting(Diagnostic::render)
          .containsExactly(
              "demo.yaml:12:30: error[template.budget]: template '${exporter} ${exporter}"
                  + " ${exporter}' went over its budget on the probe certificate: it printed more"
                  + " than 10 characters\n"
                  + "    fix: print each field once; list only fields of the data");
    }

    @Test
    void theStandardLimitsLeaveARealTemplateAlone() {
      Template t = new Template("<#list rows as r>${r}<#sep>, </#list>", AT);
      assertThat(new TemplateEngine().render(t, data())).hasSize(1000 + 999 * 2);
    }
  }

  @Nested
  class RenderRefusesWhatLoadRefuses {
    @Test
    void aForbiddenConstructIsNeverRunAtRender(@TempDir Path tmp) {
      Path marker = tmp.resolve("pwned");
      Template t =
          new Template(
              "${'freemarker.template.utility.Execute'?new()('touch " + marker + "')}", AT);

      assertThatThrownBy(() -> new TemplateEngine().render(t, data()))
          .isInstanceOf(TemplateFailedException.class)
          .hasMessageStartingWith("template at demo.yaml:12:30 failed: template '")
          .hasMessageContaining("uses the built-in ?new")
          .hasNoCause();
      assertThat(marker).doesNotExist();
    }

    @Test
    void aFailureOnRealDataIsOneLineWithoutFreeMarkerStackText() {
      Template t = new Template("${exporter?string('a', 'b')}", AT);

      assertThatThrownBy(() -> new TemplateEngine().render(t, data()))
          .isInstanceOf(TemplateFailedException.class)
          .hasMessageStartingWith("template at demo.yaml:12:30 failed: ")
          .hasMessageNotContaining("\n")
          .hasMessageNotContaining("FTL stack");
    }
  }
}
