package vn.coforms.framework.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.load.LoadResult;

/**
 * The names of a template are checked in every branch, not just in the branch the probe takes (the
 * probe has a non-blank exporter and item rows, so each {@code #else} below is never run at load).
 */
class ReferenceCheckTest {

  private static Diagnostic onlyDiagnostic(String template) {
    LoadResult result = DemoForm.loadWithBox1(template);
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Nested
  class ATypoInABranchTheProbeSkips {
    @Test
    void afterAnElseIsReportedWhereTheNameIs() {
      String template = "<#if exporter?has_content>${exporter}<#else>${importingCountryNam}</#if>";
      Diagnostic d = onlyDiagnostic(template);
      assertThat(d.code()).isEqualTo("template.reference");
      assertThat(d.message())
          .contains(
              "'importingCountryNam' is not declared in the certificate data of form 'demo'"
                  + " (did you mean 'importingCountryName'?)");
      assertThat(d.at().line()).isEqualTo(DemoForm.box1Line());
      // box1Column() is the template's first character, so the name sits indexOf() columns on
      assertThat(d.at().column())
          .isEqualTo(DemoForm.box1Column() + template.indexOf("importingCountryNam"));
    }

    @Test
    void afterAnElseIfIsReported() {
      Diagnostic d =
          onlyDiagnostic(
              "<#if exporter?has_content>${exporter}<#elseif mode == \"normal\">${exportr}</#if>");
      assertThat(d.message()).contains("'exportr' is not declared", "did you mean 'exporter'?");
    }

    @Test
    void inTheConditionOfAnElseIfIsReported() {
      Diagnostic d =
          onlyDiagnostic("<#if exporter?has_content>A<#elseif refernceNo?has_content>B</#if>");
      assertThat(d.message()).contains("'refernceNo' is not declared");
    }

    @Test
    void inAListOfRowsIsCheckedAgainstTheItemFields() {
      Diagnostic d =
          onlyDiagnostic(
              "<#list items as i><#if i?is_first>${i.description}<#else>${i.descriptin}</#if>"
                  + "</#list>");
      assertThat(d.message())
          .contains("'descriptin' is not declared in an item of 'items'")
          .contains("did you mean 'description'?");
    }

    @Test
    void inAnItemsBlockIsCheckedAgainstTheItemFields() {
      Diagnostic d =
          onlyDiagnostic("<#list items><#items as i>${i.critrion}</#items><#else>-</#list>");
      assertThat(d.message()).contains("'critrion' is not declared in an item of 'items'");
    }

    @Test
    void aPartOfASingleValueIsReported() {
      Diagnostic d =
          onlyDiagnostic("<#if exporter?has_content>${exporter}<#else>${exporter.name}</#if>");
      assertThat(d.message()).contains("'exporter' is a single value; it has no part 'name'");
    }

    @Test
    void aWrongPartOfAMoneyValueIsReported() {
      Diagnostic d =
          onlyDiagnostic(
              "<#list items as i><#if i?is_last>${i.fob}<#else>${i.fob.amout}</#if></#list>");
      assertThat(d.message()).contains("'amout' is not a part of a money value");
    }
  }

  @Test
  void aTypoTheProbeRunsIsReportedOnceNotTwice() {
    assertThat(DemoForm.loadWithBox1("${exportr}").diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'exportr' is not declared"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<#if exporter?has_content>${exporter}<#elseif mode == \"normal\">${importingCountryName}"
            + "<#else>${linked.number} ${linked.date} ${copy} ${page}/${pages}</#if>",
        "<#list items as i>${i?index}. ${i.description} ${i.fob.amount!\"\"} ${i.fob.currency}"
            + "<#sep>, </#sep></#list>",
        "<#list items><#items as it>${it.criterion?upper_case}</#items><#else>none</#list>",
        "${exporter?has_content?then(exporter, \"-\")} ${(referenceNo!\"\")?trim} ${true?c}"
      })
  void aTemplateThatNamesOnlyDeclaredDataInEveryBranchLoads(String template) {
    assertThat(DemoForm.loadWithBox1(template).diagnostics()).isEmpty();
  }
}
