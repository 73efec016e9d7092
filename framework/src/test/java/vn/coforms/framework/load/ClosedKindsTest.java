package vn.coforms.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.model.rule.RuleKind;
import vn.coforms.framework.testkit.DefinitionTestHelper;

/**
 * Every permitted element and rule record has a kind, a schema name and a loader path; the layout,
 * painter and rule engine switch over the kinds without a default, so the compiler checks the rest.
 */
class ClosedKindsTest {
  private static List<FormDefinition> bundled = List.of();
  private static List<Set<String>> schemaEnums = List.of();

  @BeforeAll
  static void load() throws IOException {
    LoadResult result = FormLoader.standard().load(DefinitionTestHelper.repositoryForms());
    assertThat(result.diagnostics()).isEmpty();
    bundled = result.forms();
    JsonNode schema =
        new ObjectMapper()
            .readTree(
                DefinitionTestHelper.repositoryForms()
                    .resolve("schema/coforms.schema.json")
                    .toFile());
    List<Set<String>> enums = new ArrayList<>();
    collectEnums(schema, enums);
    schemaEnums = enums;
  }

  @Nested
  class Elements {
    @Test
    void eachPermittedRecordHasExactlyOneKind() {
      assertThat(types(Element.Kind.values(), Element.Kind::type))
          .containsExactlyInAnyOrder(Element.class.getPermittedSubclasses());
    }

    @Test
    void theSchemaOffersExactlyTheKindsAsElementTypes() {
      assertThat(schemaEnums).contains(names(Element.Kind.values(), Element.Kind::yaml));
    }

    @Test
    void eachKindIsReadBackFromItsYamlName() {
      for (Element.Kind k : Element.Kind.values()) {
        assertThat(Element.Kind.ofYaml(k.yaml())).contains(k);
      }
    }

    @Test
    void theLoaderBuildsEveryKindAsItsOwnRecord() {
      // the bundled forms draw no party list or criteria table yet, so a fixture holds every kind
      LoadResult result = DefinitionTestHelper.forResource("good/every-element.yaml").load();
      assertThat(result.diagnostics()).extracting(d -> d.render()).isEmpty();
      List<Element> loaded =
          Stream.concat(bundled.stream(), result.forms().stream())
              .flatMap(f -> f.layout().pages().stream())
              .flatMap(p -> p.elements().stream())
              .toList();

      assertThat(loaded).allSatisfy(e -> assertThat(e).isInstanceOf(e.kind().type()));
      assertThat(loaded.stream().map(Element::kind).collect(Collectors.toSet()))
          .isEqualTo(EnumSet.allOf(Element.Kind.class));
    }
  }

  @Nested
  class Rules {
    @Test
    void eachPermittedRecordHasExactlyOneKind() {
      assertThat(types(RuleKind.values(), RuleKind::type))
          .containsExactlyInAnyOrder(Rule.class.getPermittedSubclasses());
    }

    @Test
    void theSchemaOffersExactlyTheKindsAsRuleKinds() {
      assertThat(schemaEnums).contains(names(RuleKind.values(), RuleKind::yaml));
    }

    @Test
    void eachKindIsReadBackFromItsYamlName() {
      for (RuleKind k : RuleKind.values()) {
        assertThat(RuleKind.ofYaml(k.yaml())).contains(k);
      }
    }

    @Test
    void theLoaderBuildsEveryKindAsItsOwnRecordFromTheBundledForms() {
      List<Rule> loaded = bundled.stream().flatMap(f -> f.rules().stream()).toList();

      assertThat(loaded).allSatisfy(r -> assertThat(r).isInstanceOf(r.kind().type()));
      assertThat(loaded.stream().map(Rule::kind).collect(Collectors.toSet()))
          .as("kinds used by some bundled form, so the rule coverage test checks each one")
          .isEqualTo(EnumSet.allOf(RuleKind.class));
    }
  }

  private static <K> Class<?>[] types(K[] kinds, Function<K, Class<?>> type) {
    return Arrays.stream(kinds).map(type).distinct().toArray(Class<?>[]::new);
  }

  private static <K> Set<String> names(K[] kinds, Function<K, String> yaml) {
    return Arrays.stream(kinds).map(yaml).collect(Collectors.toSet());
  }

  private static void collectEnums(JsonNode node, List<Set<String>> out) {
    if (node.isObject() && node.path("enum").isArray()) {
      out.add(
          Stream.of(node.get("enum"))
              .flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false))
              .map(JsonNode::asText)
              .collect(Collectors.toSet()));
    }
    node.forEach(child -> collectEnums(child, out));
  }
}
