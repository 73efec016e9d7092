package vn.coforms.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Criteria;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.Party;
import vn.coforms.framework.model.Procedure;
import vn.coforms.framework.model.RvcBounds;
import vn.coforms.framework.model.Statement;
import vn.coforms.framework.model.rule.ExpressionRule;
import vn.coforms.framework.model.rule.OneOfRule;
import vn.coforms.framework.model.rule.PatternRule;
import vn.coforms.framework.model.rule.RangeRule;
import vn.coforms.framework.model.rule.Rule;

/**
 * The JSON shape of {@code GET /api/forms/{id}}: explicit records written from the model, so no
 * Java name or internal object reaches a client and the member order is the order declared here.
 * Members a form does not declare are left out. The OpenAPI component {@code FormDefinition}
 * describes the same shape.
 */
final class DefinitionJson {
  /** The issuance modes that refer to an earlier certificate (rule {@code common.linked.*}). */
  static final Set<IssuanceMode> LINKED =
      EnumSet.of(
          IssuanceMode.CERTIFIED_TRUE_COPY, IssuanceMode.REPLACEMENT, IssuanceMode.BACK_TO_BACK);

  private DefinitionJson() {}

  /** The whole definition of {@code form}, as of catalogue {@code version}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Definition(
      String id,
      String code,
      String catalogue,
      Bilingual title,
      AgreementJson agreement,
      ProcedureJson procedure,
      List<Mode> issuance,
      String numberField,
      List<Field> fields,
      @Nullable CriteriaJson criteria,
      List<RuleJson> rules,
      List<String> copies) {}

  /** The agreement and its parties as this form prints them. */
  record AgreementJson(String id, Bilingual name, @Nullable String signed, List<Party> parties) {}

  /** What a trader needs to know before applying, in the procedure's words. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProcedureJson(
      String code,
      List<String> channels,
      boolean electronic,
      boolean paperOnly,
      List<TimeLimitJson> timeLimits,
      List<FeeJson> fees,
      List<Statement> refusal,
      List<DocumentJson> documents,
      @Nullable DeferredJson deferred,
      @Nullable Statement validity,
      @Nullable Statement inspection,
      @Nullable CopiesJson dossierCopies) {}

  record TimeLimitJson(String channel, int hours, Bilingual text) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FeeJson(
      String from, @Nullable String to, long issue, long reissue, String currency, String source) {}

  record DocumentJson(String id, Bilingual text) {}

  record DeferredJson(List<String> documents, int workingDays, Bilingual text, String source) {}

  record CopiesJson(int count, Bilingual text) {}

  /** An issuance mode, whether it needs a linked earlier certificate, and its tick box if any. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Mode(String mode, boolean needsLinked, @Nullable String tick) {}

  /**
   * One field with its type's own facts; a member that does not apply to the type is left out.
   *
   * @param members the keys of a money or quantity value, e.g. {@code amount} and {@code currency}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Field(
      String id,
      String path,
      String box,
      Bilingual label,
      @Nullable Bilingual hint,
      boolean required,
      boolean readOnly,
      String type,
      @Nullable List<Integer> digits,
      @Nullable Integer maxLength,
      @Nullable Integer maxLines,
      @Nullable Boolean withinParties,
      @Nullable List<String> members,
      @Nullable List<String> values,
      @Nullable Integer minItems,
      @Nullable Integer maxItems,
      @Nullable List<Field> fields) {}

  /** The origin-criterion grammar: the kinds, in the order of the overleaf table. */
  record CriteriaJson(String heading, String insertHeading, List<KindJson> kinds) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record KindJson(
      String id,
      String pattern,
      String insert,
      String circumstance,
      boolean usesRvc,
      @Nullable RvcJson rvc) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RvcJson(@Nullable Double min, @Nullable Double max, Bilingual message, String source) {}

  /**
   * One rule.
   *
   * @param expression the CEL check of an {@code expression} rule
   * @param when the CEL condition, absent when the rule always applies
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RuleJson(
      String id,
      String kind,
      String severity,
      String box,
      List<String> fields,
      @Nullable String forEach,
      @Nullable String when,
      @Nullable String expression,
      @Nullable String pattern,
      @Nullable List<String> values,
      @Nullable Double min,
      @Nullable Double max,
      Bilingual message,
      String source) {}

  /** The definition of {@code form} in catalogue {@code version}. */
  static Definition of(String version, FormDefinition form) {
    return new Definition(
        form.id(),
        form.code(),
        version,
        form.title(),
        new AgreementJson(
            form.agreement().id(),
            form.agreement().name(),
            form.agreement().signed().map(LocalDate::toString).orElse(null),
            form.agreement().parties()),
        procedure(form.procedure()),
        form.issuance().modes().stream()
            .map(
                m ->
                    new Mode(
                        m.jsonName(), LINKED.contains(m), form.issuance().tickFor(m).orElse(null)))
            .toList(),
        form.numberField(),
        form.fields().stream().map(f -> field(f, "")).toList(),
        form.criteria().map(DefinitionJson::criteria).orElse(null),
        form.rules().stream().map(DefinitionJson::rule).toList(),
        form.layout().copies());
  }

  private static ProcedureJson procedure(Procedure p) {
    return new ProcedureJson(
        p.code(),
        p.channels(),
        p.electronic(),
        p.paperOnly(),
        p.timeLimits().stream()
            .map(t -> new TimeLimitJson(t.channel(), t.hours(), t.text()))
            .toList(),
        p.fees().stream()
            .map(
                f ->
                    new FeeJson(
                        f.from().toString(),
                        f.to().map(LocalDate::toString).orElse(null),
                        f.issue(),
                        f.reissue(),
                        f.currency(),
                        f.source()))
            .toList(),
        p.refusal(),
        p.documents().stream().map(d -> new DocumentJson(d.id(), d.text())).toList(),
        p.deferred()
            .map(d -> new DeferredJson(d.documents(), d.workingDays(), d.text(), d.source()))
            .orElse(null),
        p.validity().orElse(null),
        p.inspection().orElse(null),
        p.copies().map(c -> new CopiesJson(c.count(), c.text())).orElse(null));
  }

  private static Field field(FieldDef f, String parent) {
    String path = parent.isEmpty() ? f.id() : parent + "[]." + f.id();
    FieldSpec spec = f.spec();
    List<Integer> digits = spec instanceof FieldSpec.HsCode h ? h.digits() : null;
    Integer maxLength = spec instanceof FieldSpec.Text t ? boxed(t.maxLength()) : null;
    Integer maxLines = spec instanceof FieldSpec.Text t ? boxed(t.maxLines()) : null;
    Boolean withinParties = spec instanceof FieldSpec.Country c ? c.withinParties() : null;
    List<String> members =
        spec instanceof FieldSpec.Money
            ? List.of("amount", "currency")
            : spec instanceof FieldSpec.Quantity ? List.of("value", "unit") : null;
    List<String> values = spec instanceof FieldSpec.Choice c ? c.values() : null;
    Integer minItems = null;
    Integer maxItems = null;
    List<Field> children = null;
    if (spec instanceof FieldSpec.Group g) {
      minItems = g.minItems();
      maxItems = Math.min(g.maxItems(), ItemLimits.MAX_ROWS);
      children = g.fields().stream().map(c -> field(c, path)).toList();
    }
    return new Field(
        f.id(),
        path,
        f.box(),
        f.label(),
        f.hint().orElse(null),
        f.required(),
        f.readOnly(),
        f.type().yamlName(),
        digits,
        maxLength,
        maxLines,
        withinParties,
        members,
        values,
        minItems,
        maxItems,
        children);
  }

  private static CriteriaJson criteria(Criteria c) {
    return new CriteriaJson(
        c.heading(), c.insertHeading(), c.kinds().stream().map(DefinitionJson::kind).toList());
  }

  private static KindJson kind(CriterionKind k) {
    return new KindJson(
        k.id(),
        k.pattern().pattern(),
        k.insert(),
        k.circumstance(),
        k.usesRvc(),
        k.rvc().map(DefinitionJson::rvc).orElse(null));
  }

  private static RvcJson rvc(RvcBounds b) {
    return new RvcJson(boxed(b.min()), boxed(b.max()), b.message(), b.source());
  }

  private static RuleJson rule(Rule r) {
    var h = r.header();
    String expression = r instanceof ExpressionRule e ? e.expression() : null;
    String pattern = r instanceof PatternRule p ? p.regex().pattern() : null;
    List<String> values = r instanceof OneOfRule o ? o.values() : null;
    Double min = r instanceof RangeRule g ? boxed(g.min()) : null;
    Double max = r instanceof RangeRule g ? boxed(g.max()) : null;
    return new RuleJson(
        h.id(),
        r.kind().yaml(),
        h.severity().label(),
        h.box(),
        h.fields(),
        h.forEach().orElse(null),
        h.when().expression().orElse(null),
        expression,
        pattern,
        values,
        min,
        max,
        h.message(),
        h.source());
  }

  private static @Nullable Integer boxed(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
