package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexShapeTest {
  @Nested
  class Refuses {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "(a+)+",
          "(a*)*b",
          "(.*a){25}",
          "(?:\\d+\\s?)+$",
          "((ab)*c)*",
          "(x(a+)y){2,}",
          "([a-z]+,){2,5}",
          "(\\w+)*@"
        })
    void aRepeatedGroupHoldingAnUnboundedQuantifier(String regex) {
      assertThat(RegexShape.problem(regex))
          .hasValueSatisfying(p -> assertThat(p).contains("is itself repeated by"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a)\\1", "(?<x>a)\\k<x>"})
    void aBackreference(String regex) {
      assertThat(RegexShape.problem(regex))
          .hasValueSatisfying(p -> assertThat(p).startsWith("the backreference '\\"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(.*a){25}"})
    void namingTheGroupTheInnerQuantifierAndTheRepetition(String regex) {
      assertThat(RegexShape.problem(regex))
          .hasValue("the group '(.*a)' holds the unbounded '.*' and is itself repeated by '{25}'");
    }
  }

  @Nested
  class Accepts {
    @ParameterizedTest
    @ValueSource(
        strings = {
          // every pattern of the bundled forms
          "WO",
          "(?<rvc>\\d{1,3}(\\.\\d{1,2})?)%",
          "(CC|CTH|CTSH)\\+(?<rvc>\\d{1,3}(\\.\\d{1,2})?)%",
          "PC (?<rvc>\\d{1,2}(\\.\\d{1,2})?)%",
          "VN-[A-Z]{2} \\d{2}/\\d{2}/\\d{5}",
          "(?<rvc>\\d{1,3}(\\.\\d{1,2})?)\\s?%",
          "(?i)(AUSTRALIA|BRUNEI|VIET NAM|VIETNAM)( \\*| \\*\\*)?",
          // bounded repetition, possessive inner quantifiers, quantifiers in classes or quotes
          "(\\d{1,3}\\.){3}\\d{1,3}",
          "(a++b)+",
          "([+*]x)+",
          "(\\Q+*\\Ex)+",
          "(a+)?b",
          "[(a+)]+"
        })
    void safeShapes(String regex) {
      assertThat(RegexShape.problem(regex)).isEmpty();
    }
  }
}
