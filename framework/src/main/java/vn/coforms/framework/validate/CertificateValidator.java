package vn.coforms.framework.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import vn.coforms.framework.certificate.BoundCertificate;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.expr.ExpressionFailedException;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.RegexBudgetExceededException;
import vn.coforms.framework.model.VersionPick;
import vn.coforms.framework.model.rule.Rule;
import vn.coforms.framework.model.rule.Scope;
import vn.coforms.framework.model.rule.Violation;

/**
 * Validates certificate data against the rules its form declares. This is the only public entry
 * point into {@code validate}.
 *
 * <p>Findings are collected, never fail-fast: field checks in field order, the issuance checks,
 * then the rules in declared order (shared rules first). Stateless: the forms come with each call
 * as a {@link Catalogue} snapshot, "today" from the injected clock, so one instance serves every
 * thread and every reloaded catalogue.
 */
public final class CertificateValidator {
  private static final java.util.Set<String> UNPRINTABLE =
      java.util.Set.of("field.character", "field.number", Binder.TOO_MANY_ITEMS);
  private final Clock clock;

  public CertificateValidator(Clock clock) {
    this.clock = clock;
  }

  /**
   * Validates one certificate against its form in {@code catalogue}.
   *
   * @return every finding; empty when the certificate is valid
   * @throws vn.coforms.framework.model.UnknownFormException if the certificate names no form of the
   *     catalogue
   */
  public List<Finding> validate(Catalogue catalogue, Certificate certificate) {
    VersionPick pick = pick(catalogue, certificate);
    FormDefinition form = pick.form();
    Binder.Binding binding = Binder.bind(form, certificate);
    List<Finding> findings = new ArrayList<>();
    pick.miss().ifPresent(miss -> findings.add(versionMissing(form, miss)));
    findings.addAll(binding.findings());
    BoundCertificate bound = binding.certificate();
    findings.addAll(new FieldChecks(form, catalogue).check(bound.values()));
    if (findings.stream().anyMatch(f -> f.ruleId().equals(Binder.TOO_MANY_ITEMS))) {
      return FindingCap.apply(findings); // the rows were not bound, so no rule runs on them
    }
    findings.addAll(issuance(form, bound));
    CertificateScope top = new CertificateScope(form, bound, LocalDate.now(clock).toString());
    for (Rule rule : form.rules()) {
      List<Scope> scopes =
          rule.perRow() ? top.rows(rule.header().forEach().orElseThrow()) : List.of(top);
      for (Scope scope : scopes) {
        findings.addAll(apply(rule, scope));
      }
    }
    return FindingCap.apply(findings);
  }

  /**
   * Reports, per declared rule, in how many scopes (the certificate, or item rows) its condition
   * held and how many findings it gave. Used to prove that samples exercise every rule.
   */
  public List<RuleTrace> trace(Catalogue catalogue, Certificate certificate) {
    FormDefinition form = pick(catalogue, certificate).form();
    CertificateScope top =
        new CertificateScope(
            form, Binder.bind(form, certificate).certificate(), LocalDate.now(clock).toString());
    List<RuleTrace> out = new ArrayList<>();
    for (Rule rule : form.rules()) {
      List<Scope> scopes =
          rule.perRow() ? top.rows(rule.header().forEach().orElseThrow()) : List.of(top);
      int applied = 0;
      int violated = 0;
      for (Scope scope : scopes) {
        if (safeTest(rule, scope)) {
          applied++;
          violated += apply(rule, scope).size();
        }
      }
      out.add(new RuleTrace(rule.id(), applied, violated));
    }
    return out;
  }

  /** How one rule fared on one certificate. */
  public record RuleTrace(String ruleId, int applied, int violated) {}

  private static boolean safeTest(Rule rule, Scope scope) {
    try {
      return rule.header().when().test(scope);
    } catch (ExpressionFailedException | RegexBudgetExceededException e) {
      return true;
    }
  }

  /**
   * Whether a compiled condition of {@code form} (a stamp's {@code when}) holds for a certificate,
   * today.
   */
  public boolean holds(
      FormDefinition form,
      vn.coforms.framework.model.rule.Condition condition,
      BoundCertificate certificate) {
    return condition.test(new CertificateScope(form, certificate, LocalDate.now(clock).toString()));
  }

  /**
   * Binds a certificate's raw data to its form's field types. Values that do not bind are left out
   * (as {@link vn.coforms.framework.model.value.FieldValue.Unreadable}); {@link #validate} says
   * why.
   *
   * @throws vn.coforms.framework.model.UnknownFormException if the certificate names no form of the
   *     catalogue
   */
  public BoundCertificate bind(Catalogue catalogue, Certificate certificate) {
    return Binder.bind(pick(catalogue, certificate).form(), certificate).certificate();
  }

  /**
   * The form (the version of it, for a form with versions) {@code certificate} is checked and
   * printed against, today by this validator's clock; see {@link Catalogue#pick}.
   *
   * @throws vn.coforms.framework.model.UnknownFormException if the certificate names no form of the
   *     catalogue
   */
  public VersionPick pick(Catalogue catalogue, Certificate certificate) {
    return catalogue.pick(certificate.formId(), certificate.fields(), LocalDate.now(clock));
  }

  private static Finding versionMissing(FormDefinition form, String miss) {
    String of = form.version().map(v -> v.of()).orElse(form.id());
    return new Finding(
        "form.version",
        Severity.ERROR,
        "",
        "form",
        OptionalInt.empty(),
        new Bilingual(
            "No version of form " + of + " applies: " + miss + ".",
            "Không có phiên bản nào của mẫu "
                + of
                + " áp dụng cho ngày và nước nhập khẩu của C/O này: "
                + miss
                + "."),
        "form versions of " + of + " (docs/format.md \"Form versions\")");
  }

  /** Whether the findings allow issuing: no finding of severity error. */
  public static boolean passes(List<Finding> findings) {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Whether the data can be printed at all, even as a draft: no character the fonts lack, no
   * unbounded number, no oversized item list. Rule violations do not stop a draft; these do.
   */
  public static boolean printable(List<Finding> findings) {
    return findings.stream().noneMatch(f -> UNPRINTABLE.contains(f.ruleId()));
  }

  private static List<Finding> apply(Rule rule, Scope scope) {
    List<Finding> out = new ArrayList<>();
    try {
      if (!rule.header().when().test(scope)) {
        return out;
      }
      for (Violation v : rule.check(scope)) {
        OptionalInt row = scope.row().isPresent() ? scope.row() : rowOf(v.fieldPath());
        out.add(
            new Finding(
                rule.id(),
                rule.header().severity(),
                rule.header().box(),
                v.fieldPath(),
                row,
                FoundText.append(rule.header().message(), v.found(), v.sameAsRow()),
                rule.header().source(),
                v.found(),
                v.sameAsRow()));
      }
    } catch (ExpressionFailedException | RegexBudgetExceededException e) {
      out.add(
          new Finding(
              "rule.failed",
              Severity.ERROR,
              rule.header().box(),
              "",
              scope.row(),
              new Bilingual(
                  "Rule " + rule.id() + " could not be checked: " + e.getMessage(),
                  "Không kiểm tra được quy tắc " + rule.id() + ": " + e.getMessage()),
              rule.header().source()));
    }
    return out;
  }

  private static OptionalInt rowOf(String path) {
    int open = path.indexOf('[');
    int close = path.indexOf(']');
    if (open < 0 || close < open) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(path.substring(open + 1, close)) + 1);
  }

  private static List<Finding> issuance(FormDefinition form, BoundCertificate c) {
    List<Finding> out = new ArrayList<>();
    String source =
        "issuance of forms/"
            + form.id()
            + ".yaml; "
            + form.issuance().source().orElse("procedure " + form.procedure().code());
    if (!form.issuance().modes().contains(c.mode())) {
      out.add(
          new Finding(
              "issuance.mode-not-allowed",
              Severity.ERROR,
              "issuance",
              "issuance.mode",
              OptionalInt.empty(),
              Messages.of(
                  "Form %s cannot be issued as '%s' (allowed: %s).",
                  "Mẫu %s không được cấp theo hình thức '%s' (được phép: %s).",
                  form.code(),
                  c.mode().jsonName(),
                  form.issuance().modes().stream().map(IssuanceMode::jsonName).toList()),
              source));
    }
    form.issuance()
        .ticks()
        .forEach(
            (mode, tick) -> {
              boolean ticked = c.values().ticked(tick);
              boolean inMode = c.mode() == mode;
              if (ticked != inMode) {
                FieldDef f = form.field(tick).orElseThrow();
                out.add(
                    new Finding(
                        "issuance.tick-mirrors-mode",
                        Severity.ERROR,
                        f.box(),
                        tick,
                        OptionalInt.empty(),
                        inMode
                            ? Messages.of(
                                "The certificate is issued as '%s': tick \"%s\" in box %s.",
                                "C/O được cấp theo hình thức '%s': đánh dấu ô \"%s\" tại ô số %s.",
                                mode.jsonName(),
                                f.label().en(),
                                f.box())
                            : Messages.of(
                                "\"%s\" is ticked but the certificate is not issued as '%s': untick it or choose that issuance mode.",
                                "Đã đánh dấu \"%s\" nhưng C/O không được cấp theo hình thức '%s': bỏ đánh dấu hoặc chọn hình thức cấp đó.",
                                f.label().en(),
                                mode.jsonName()),
                        source));
              }
            });
    return out;
  }
}
