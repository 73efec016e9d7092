package vn.coforms.framework.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import vn.coforms.framework.certificate.PrintableText;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.RegexBudgetExceededException;
import vn.coforms.framework.model.RvcBounds;
import vn.coforms.framework.model.value.FieldPath;
import vn.coforms.framework.model.value.FieldValue;
import vn.coforms.framework.model.value.FieldValues;
import vn.coforms.framework.model.value.Row;

/**
 * The checks every bound value gets from its field's declaration: presence, length and lines,
 * printable characters, countries and parties, HS digits, criterion grammar and RVC bounds, enum
 * values, number bounds, item counts. Values that did not bind were reported by {@link Binder}.
 */
final class FieldChecks {
  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
  private final FormDefinition form;
  private final Catalogue catalogue;
  private final FieldFindings out;

  FieldChecks(FormDefinition form, Catalogue catalogue) {
    this.form = form;
    this.catalogue = catalogue;
    this.out = new FieldFindings(form.id());
  }

  List<Finding> check(FieldValues values) {
    for (FieldDef f : form.fields()) {
      field(f, values.value(f.id()), FieldPath.of(f.id()));
    }
    return out.all();
  }

  private void field(FieldDef f, Optional<FieldValue> value, FieldPath path) {
    if (f.spec() instanceof FieldSpec.Group g) {
      items(f, g, value, path);
    } else {
      single(f, value, path);
    }
  }

  private void single(FieldDef f, Optional<FieldValue> value, FieldPath path) {
    boolean filled = value.map(FieldValue::filled).orElse(false);
    if (f.readOnly() && filled) {
      out.add(
          "field.read-only",
          f,
          path,
          FieldFindings.about(
              f,
              "%s is for the importing country's customs only and must be left blank.",
              "%s dành cho cơ quan hải quan nước nhập khẩu, phải để trống."));
      return;
    }
    if (!filled) {
      if (f.required()) {
        out.add(
            "field.required", f, path, FieldFindings.about(f, "%s is required.", "Phải khai %s."));
      }
      return;
    }
    FieldValue v = value.orElseThrow();
    switch (f.type()) {
      case TEXT -> text(f, (FieldSpec.Text) f.spec(), v, path);
      case COUNTRY -> country(f, (FieldSpec.Country) f.spec(), v, path);
      case HS_CODE -> hsCode(f, (FieldSpec.HsCode) f.spec(), v, path);
      case CRITERION -> criterion(f, v, path);
      case ENUM -> choice(f, (FieldSpec.Choice) f.spec(), v, path);
      case PERCENT ->
          v.number().ifPresent(n -> number(f, n, path.toString(), path.row(), ONE_HUNDRED, true));
      case MONEY, QUANTITY -> amount(f, v, path);
      case DATE, TICK, GROUP -> {}
    }
  }

  private void items(FieldDef g, FieldSpec.Group spec, Optional<FieldValue> value, FieldPath path) {
    if (value.isPresent() && !(value.get() instanceof FieldValue.Rows)) {
      return; // not a list, or too long a one: Binder reported it
    }
    List<Row> list = value.map(v -> ((FieldValue.Rows) v).rows()).orElse(List.of());
    if (list.size() < spec.minItems()) {
      out.add(
          "group.min-items",
          g,
          path,
          FieldFindings.about(
              g,
              "%s needs at least %d item(s), found %d.",
              "%s phải có ít nhất %d mặt hàng, hiện có %d.",
              spec.minItems(),
              list.size()));
    }
    for (Row row : list) {
      for (FieldDef f : spec.fields()) {
        field(f, row.value(f.id()), path.item(row.index(), f.id()));
      }
    }
  }

  private void text(FieldDef f, FieldSpec.Text spec, FieldValue v, FieldPath path) {
    if (!(v instanceof FieldValue.Text t)) {
      return;
    }
    String s = t.text();
    characters(f, s, path.toString(), path.row(), spec.multiLine());
    spec.maxLength()
        .ifPresent(
            max -> {
              if (s.length() > max) {
                out.add(
                    "field.max-length",
                    f,
                    path,
                    FieldFindings.about(
                        f,
                        "%s is %d characters long; at most %d fit.",
                        "%s dài %d ký tự; tối đa %d ký tự.",
                        s.length(),
                        max));
              }
            });
    spec.maxLines()
        .ifPresent(
            max -> {
              long lines = s.lines().count();
              if (lines > max) {
                out.add(
                    "field.max-lines",
                    f,
                    path,
                    FieldFindings.about(
                        f,
                        "%s has %d lines; at most %d fit.",
                        "%s có %d dòng; tối đa %d dòng.",
                        lines,
                        max));
              }
            });
  }

  private void country(FieldDef f, FieldSpec.Country spec, FieldValue v, FieldPath path) {
    if (!(v instanceof FieldValue.CountryCode c)) {
      return;
    }
    String code = c.code();
    if (catalogue.country(code).isEmpty()) {
      out.add(
          "field.country",
          f,
          path,
          FieldFindings.about(
              f,
              "%s: '%s' is not an ISO country code%s.",
              "%s: '%s' không phải mã nước ISO%s.",
              Binder.printable(code),
              Messages.didYouMean(code, catalogue.countries().keySet())));
      return;
    }
    if (spec.withinParties() && form.agreement().party(code).isEmpty()) {
      String parties =
          form.agreement().parties().stream()
              .map(p -> p.country())
              .collect(Collectors.joining(", "));
      out.add(
          "field.party",
          f,
          path,
          FieldFindings.about(
              f,
              "%s: %s is not a party to %s (parties: %s).",
              "%s: %s không phải là thành viên của %s (các thành viên: %s).",
              code,
              form.agreement().id().toUpperCase(Locale.ROOT),
              parties));
    }
  }

  private void hsCode(FieldDef f, FieldSpec.HsCode spec, FieldValue v, FieldPath path) {
    if (!(v instanceof FieldValue.Text t)) {
      return;
    }
    String s = t.text().replace(".", "").replace(" ", "");
    if (!s.chars().allMatch(Character::isDigit) || !spec.digits().contains(s.length())) {
      out.add(
          "field.hs-code",
          f,
          path,
          FieldFindings.about(
              f,
              "%s: '%s' must be an HS code of %s digits.",
              "%s: '%s' phải là mã HS %s số.",
              Binder.printable(t.text()),
              spec.describe()));
    }
  }

  private void choice(FieldDef f, FieldSpec.Choice spec, FieldValue v, FieldPath path) {
    if (v instanceof FieldValue.Text t && !spec.values().contains(t.text())) {
      out.add(
          "field.enum",
          f,
          path,
          FieldFindings.about(
              f,
              "%s: '%s' is not one of %s.",
              "%s: '%s' không thuộc %s.",
              Binder.printable(t.text()),
              spec.values()));
    }
  }

  private void criterion(FieldDef f, FieldValue v, FieldPath path) {
    if (!(v instanceof FieldValue.Criterion c)) {
      return;
    }
    String s = c.text();
    Optional<CriterionKind> kind;
    try {
      kind = form.criteria().flatMap(k -> k.classify(s));
    } catch (RegexBudgetExceededException e) {
      out.add(
          "field.criterion",
          f,
          path,
          FieldFindings.about(
              f,
              "%s: '%s' could not be checked against the criterion grammar: %s.",
              "%s: không kiểm tra được '%s' theo cú pháp tiêu chí xuất xứ: %s.",
              Binder.printable(s),
              e.getMessage()));
      return;
    }
    if (kind.isEmpty()) {
      String kinds =
          form.criteria()
              .map(
                  k ->
                      k.kinds().stream()
                          .map(CriterionKind::insert)
                          .collect(Collectors.joining("; ")))
              .orElse("");
      out.add(
          "field.criterion",
          f,
          path,
          FieldFindings.about(
              f,
              "%s: '%s' is not an origin criterion of this form (allowed: %s).",
              "%s: '%s' không phải tiêu chí xuất xứ của mẫu này (được phép: %s).",
              Binder.printable(s),
              kinds));
      return;
    }
    CriterionKind k = kind.get();
    k.rvc()
        .ifPresent(
            bounds ->
                k.rvcOf(s.strip())
                    .ifPresent(
                        rvc -> {
                          if (!bounds.admits(rvc)) {
                            rvcFinding(f, path, bounds);
                          }
                        }));
  }

  private void rvcFinding(FieldDef f, FieldPath path, RvcBounds bounds) {
    out.add(
        new Finding(
            "criterion.rvc-bounds",
            vn.coforms.framework.diag.Severity.ERROR,
            f.box(),
            path.toString(),
            path.row(),
            bounds.message(),
            bounds.source()));
  }

  private void amount(FieldDef f, FieldValue v, FieldPath path) {
    if (!(v instanceof FieldValue.Amount a)) {
      return;
    }
    String unitPath = path + (a.money() ? ".currency" : ".unit");
    if (characters(f, a.unit(), unitPath, path.row(), false)) {
      String numberPath = path + (a.money() ? ".amount" : ".value");
      number(f, a.amount(), numberPath, path.row(), NumberBounds.DEFAULT_MAX, false);
    }
  }

  /**
   * Checks a number against {@link NumberBounds}; {@code max} itself is allowed if {@code upTo}.
   */
  private void number(
      FieldDef f, BigDecimal n, String path, OptionalInt row, BigDecimal max, boolean upTo) {
    String shown = NumberBounds.display(n);
    int over = n.compareTo(max);
    if (n.signum() < 0) {
      out.add(
          "field.negative",
          f,
          path,
          row,
          FieldFindings.about(
              f,
              "%s must not be negative (found %s).",
              "%s không được là số âm (hiện là %s).",
              shown));
    } else if (upTo ? over > 0 : over >= 0) {
      out.add(
          "field.number",
          f,
          path,
          row,
          FieldFindings.about(
              f,
              upTo
                  ? "%s: %s is too large; it must be at most %s."
                  : "%s: %s is too large; it must be less than %s.",
              upTo ? "%s: %s quá lớn; tối đa là %s." : "%s: %s quá lớn; phải nhỏ hơn %s.",
              shown,
              max.toPlainString()));
    } else if (NumberBounds.decimals(n) > NumberBounds.MAX_DECIMALS
        || NumberBounds.significantDigits(n) > NumberBounds.MAX_SIGNIFICANT_DIGITS) {
      out.add(
          "field.number",
          f,
          path,
          row,
          FieldFindings.about(
              f,
              "%s: %s has too many digits; at most %d decimals and %d digits in all are accepted.",
              "%s: %s có quá nhiều chữ số; tối đa %d chữ số thập phân và %d chữ số tất cả.",
              shown,
              NumberBounds.MAX_DECIMALS,
              NumberBounds.MAX_SIGNIFICANT_DIGITS));
    }
  }

  /**
   * Reports the first character of {@code s} the form cannot print (see {@link PrintableText});
   * returns whether there was none.
   */
  private boolean characters(
      FieldDef f, String s, String path, OptionalInt row, boolean multiLine) {
    Optional<PrintableText.Unprintable> bad =
        PrintableText.bundled().firstUnprintable(s, multiLine);
    bad.ifPresent(
        c ->
            out.add(
                "field.character",
                f,
                path,
                row,
                FieldFindings.about(
                    f,
                    "%s: character %s at position %d cannot be printed on this form; remove it or"
                        + " write it with Latin or Vietnamese letters.",
                    "%s: ký tự %s ở vị trí %d không in được trên mẫu này; hãy xóa hoặc viết bằng"
                        + " chữ Latinh hoặc tiếng Việt.",
                    c.describe(),
                    c.position())));
    return bad.isEmpty();
  }
}
