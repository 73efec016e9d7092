package vn.coforms.framework.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.coforms.framework.certificate.CertificateDate;
import vn.coforms.framework.certificate.PrintableText;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FormCatalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.RegexBudgetExceededException;
import vn.coforms.framework.model.RvcBounds;
import vn.coforms.framework.model.rule.Scope;

/**
 * The checks every field gets from its declaration: presence, type, length, dates, countries and
 * parties, HS digits, criterion grammar and RVC bounds, enums, item counts, unknown keys.
 */
final class FieldChecks {
  /**
   * The most item rows any certificate may have, whatever its form declares: beyond it the rows are
   * not checked at all, so a hostile list of 90,000 items costs one finding.
   */
  static final int MAX_ROWS = 1_000;

  /** The finding for a group with more rows than allowed; its rows are then not checked. */
  static final String TOO_MANY_ITEMS = "group.max-items";

  private static final String SOURCE = "field declaration in forms/%s.yaml";
  private final FormDefinition form;
  private final FormCatalogue catalogue;
  private final List<Finding> out = new ArrayList<>();

  FieldChecks(FormDefinition form, FormCatalogue catalogue) {
    this.form = form;
    this.catalogue = catalogue;
  }

  List<Finding> check(Map<String, Object> data) {
    unknownKeys(data, form.fields(), "", OptionalInt.empty());
    for (FieldDef f : form.fields()) {
      Object v = data.get(f.id());
      if (f.isGroup()) {
        group(f, v);
      } else {
        value(f, v, f.id(), OptionalInt.empty());
      }
    }
    return out;
  }

  private void group(FieldDef g, @Nullable Object v) {
    if (v != null && !(v instanceof List)) {
      add(
          "field.type",
          g,
          g.id(),
          OptionalInt.empty(),
          msg(g, "%s must be a list of items.", "%s phải là danh sách các mặt hàng."));
      return;
    }
    List<?> rows = v == null ? List.of() : (List<?>) v;
    if (rows.size() > Math.min(g.maxItems(), MAX_ROWS)) {
      add(
          TOO_MANY_ITEMS,
          g,
          g.id(),
          OptionalInt.empty(),
          msg(
              g,
              "%s allows at most %d item(s), found %d; the items were not checked.",
              "%s chỉ được tối đa %d mặt hàng, hiện có %d; chưa kiểm tra các mặt hàng.",
              Math.min(g.maxItems(), MAX_ROWS),
              rows.size()));
      return;
    }
    if (rows.size() < g.minItems()) {
      add(
          "group.min-items",
          g,
          g.id(),
          OptionalInt.empty(),
          msg(
              g,
              "%s needs at least %d item(s), found %d.",
              "%s phải có ít nhất %d mặt hàng, hiện có %d.",
              g.minItems(),
              rows.size()));
    }
    for (int i = 0; i < rows.size(); i++) {
      Object row = rows.get(i);
      OptionalInt r = OptionalInt.of(i + 1);
      if (!(row instanceof Map)) {
        add(
            "field.type",
            g,
            g.id() + "[" + i + "]",
            r,
            Messages.of(
                "Item %d must be an object of item fields.",
                "Mặt hàng %d phải là một đối tượng.", i + 1));
        continue;
      }
      Map<?, ?> m = (Map<?, ?>) row;
      unknownKeys(m, g.fields(), g.id() + "[" + i + "].", r);
      for (FieldDef f : g.fields()) {
        value(f, m.get(f.id()), g.id() + "[" + i + "]." + f.id(), r);
      }
    }
  }

  private void unknownKeys(
      Map<?, ?> data, List<FieldDef> declared, String prefix, OptionalInt row) {
    Set<String> ids = declared.stream().map(FieldDef::id).collect(Collectors.toSet());
    for (Object key : data.keySet()) {
      String k = String.valueOf(key);
      if (!ids.contains(k)) {
        out.add(
            new Finding(
                "field.unknown",
                Severity.ERROR,
                "",
                prefix + k,
                row,
                Messages.of(
                    "'%s' is not a field of this form%s.",
                    "'%s' không phải là trường của mẫu C/O này%s.", k, Messages.didYouMean(k, ids)),
                String.format(SOURCE, form.id())));
      }
    }
  }

  private void value(FieldDef f, @Nullable Object v, String path, OptionalInt row) {
    boolean filled = v != null && Scope.isFilled(v);
    if (f.readOnly() && filled) {
      add(
          "field.read-only",
          f,
          path,
          row,
          msg(
              f,
              "%s is for the importing country's customs only and must be left blank.",
              "%s dành cho cơ quan hải quan nước nhập khẩu, phải để trống."));
      return;
    }
    if (v == null || !filled) {
      if (f.required()) {
        add("field.required", f, path, row, msg(f, "%s is required.", "Phải khai %s."));
      }
      return;
    }
    switch (f.type()) {
      case TEXT -> text(f, v, path, row);
      case DATE -> date(f, v, path, row);
      case COUNTRY -> country(f, v, path, row);
      case HS_CODE -> hsCode(f, v, path, row);
      case CRITERION -> criterion(f, v, path, row);
      case ENUM -> {
        if (!f.values().contains(String.valueOf(v))) {
          add(
              "field.enum",
              f,
              path,
              row,
              msg(f, "%s: '%s' is not one of %s.", "%s: '%s' không thuộc %s.", v, f.values()));
        }
      }
      case TICK -> {
        if (!(v instanceof Boolean)) {
          typeError(f, path, row, new Bilingual("true or false", "true hoặc false"));
        }
      }
      case PERCENT -> {
        if (v instanceof Number n) {
          number(f, n, path, row, BigDecimal.valueOf(100), true);
        } else {
          typeError(f, path, row, new Bilingual("a number from 0 to 100", "một số từ 0 đến 100"));
        }
      }
      case MONEY ->
          amount(
              f, v, path, row, "amount", "currency", "{\"amount\": 1250.5, \"currency\": \"USD\"}");
      case QUANTITY ->
          amount(f, v, path, row, "value", "unit", "{\"value\": 1200, \"unit\": \"KGS\"}");
      default -> {}
    }
  }

  private void text(FieldDef f, Object v, String path, OptionalInt row) {
    if (!(v instanceof String s)) {
      typeError(f, path, row, new Bilingual("text", "văn bản"));
      return;
    }
    characters(f, s, path, row, f.maxLines().orElse(2) > 1);
    f.maxLength()
        .ifPresent(
            max -> {
              if (s.length() > max) {
                add(
                    "field.max-length",
                    f,
                    path,
                    row,
                    msg(
                        f,
                        "%s is %d characters long; at most %d fit.",
                        "%s dài %d ký tự; tối đa %d ký tự.",
                        s.length(),
                        max));
              }
            });
    f.maxLines()
        .ifPresent(
            max -> {
              long lines = s.lines().count();
              if (lines > max) {
                add(
                    "field.max-lines",
                    f,
                    path,
                    row,
                    msg(
                        f,
                        "%s has %d lines; at most %d fit.",
                        "%s có %d dòng; tối đa %d dòng.",
                        lines,
                        max));
              }
            });
  }

  private void date(FieldDef f, Object v, String path, OptionalInt row) {
    if (!(v instanceof String s) || CertificateDate.parse(s).isEmpty()) {
      add(
          "field.date",
          f,
          path,
          row,
          msg(
              f,
              "%s: '%s' is not a date from %d to %d; write YYYY-MM-DD, e.g. 2026-03-01.",
              "%s: '%s' không phải ngày trong các năm %d đến %d; ghi theo dạng YYYY-MM-DD, ví dụ 2026-03-01.",
              printable(String.valueOf(v)),
              CertificateDate.MIN_YEAR,
              CertificateDate.MAX_YEAR));
    }
  }

  private void country(FieldDef f, Object v, String path, OptionalInt row) {
    String code = String.valueOf(v);
    if (catalogue.country(code).isEmpty()) {
      add(
          "field.country",
          f,
          path,
          row,
          msg(
              f,
              "%s: '%s' is not an ISO country code%s.",
              "%s: '%s' không phải mã nước ISO%s.",
              code,
              Messages.didYouMean(code, catalogue.countries().keySet())));
      return;
    }
    if (f.withinParties() && form.agreement().party(code).isEmpty()) {
      String parties =
          form.agreement().parties().stream()
              .map(p -> p.country())
              .collect(Collectors.joining(", "));
      add(
          "field.party",
          f,
          path,
          row,
          msg(
              f,
              "%s: %s is not a party to %s (parties: %s).",
              "%s: %s không phải là thành viên của %s (các thành viên: %s).",
              code,
              form.agreement().id().toUpperCase(java.util.Locale.ROOT),
              parties));
    }
  }

  private void hsCode(FieldDef f, Object v, String path, OptionalInt row) {
    String s = String.valueOf(v).replace(".", "").replace(" ", "");
    if (!s.chars().allMatch(Character::isDigit) || !f.digits().contains(s.length())) {
      String counts = f.digits().stream().map(String::valueOf).collect(Collectors.joining("/"));
      add(
          "field.hs-code",
          f,
          path,
          row,
          msg(
              f,
              "%s: '%s' must be an HS code of %s digits.",
              "%s: '%s' phải là mã HS %s số.",
              v,
              counts));
    }
  }

  private void criterion(FieldDef f, Object v, String path, OptionalInt row) {
    String s = String.valueOf(v);
    Optional<CriterionKind> kind;
    try {
      kind = form.criteria().flatMap(c -> c.classify(s));
    } catch (RegexBudgetExceededException e) {
      add(
          "field.criterion",
          f,
          path,
          row,
          msg(
              f,
              "%s: '%s' could not be checked against the criterion grammar: %s.",
              "%s: không kiểm tra được '%s' theo cú pháp tiêu chí xuất xứ: %s.",
              s,
              e.getMessage()));
      return;
    }
    if (kind.isEmpty()) {
      String kinds =
          form.criteria()
              .map(
                  c ->
                      c.kinds().stream()
                          .map(CriterionKind::insert)
                          .collect(Collectors.joining("; ")))
              .orElse("");
      add(
          "field.criterion",
          f,
          path,
          row,
          msg(
              f,
              "%s: '%s' is not an origin criterion of this form (allowed: %s).",
              "%s: '%s' không phải tiêu chí xuất xứ của mẫu này (được phép: %s).",
              s,
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
                            rvcFinding(f, path, row, bounds);
                          }
                        }));
  }

  private void rvcFinding(FieldDef f, String path, OptionalInt row, RvcBounds bounds) {
    out.add(
        new Finding(
            "criterion.rvc-bounds",
            Severity.ERROR,
            f.box(),
            path,
            row,
            bounds.message(),
            bounds.source()));
  }

  private void amount(
      FieldDef f,
      Object v,
      String path,
      OptionalInt row,
      String numberKey,
      String unitKey,
      String example) {
    if (!(v instanceof Map<?, ?> m)) {
      typeError(f, path, row, example);
      return;
    }
    Object n = m.get(numberKey);
    Object u = m.get(unitKey);
    boolean unknownKey =
        m.keySet().stream().anyMatch(k -> !k.equals(numberKey) && !k.equals(unitKey));
    if (!(n instanceof Number number)
        || !(u instanceof String unit)
        || unit.isBlank()
        || unknownKey) {
      typeError(f, path, row, example);
      return;
    }
    if (characters(f, unit, path + "." + unitKey, row, false)) {
      number(f, number, path + "." + numberKey, row, NumberBounds.DEFAULT_MAX, false);
    }
  }

  /**
   * Checks a number against {@link NumberBounds}; {@code max} itself is allowed if {@code upTo}.
   */
  private void number(
      FieldDef f, Number raw, String path, OptionalInt row, BigDecimal max, boolean upTo) {
    Optional<BigDecimal> exact = NumberBounds.exact(raw);
    if (exact.isEmpty()) {
      add(
          "field.number",
          f,
          path,
          row,
          msg(f, "%s: %s is not a finite number.", "%s: %s không phải là số hữu hạn.", raw));
      return;
    }
    BigDecimal n = exact.get();
    String shown = NumberBounds.display(n);
    int over = n.compareTo(max);
    if (n.signum() < 0) {
      add(
          "field.negative",
          f,
          path,
          row,
          msg(
              f,
              "%s must not be negative (found %s).",
              "%s không được là số âm (hiện là %s).",
              shown));
    } else if (upTo ? over > 0 : over >= 0) {
      add(
          "field.number",
          f,
          path,
          row,
          msg(
              f,
              upTo
                  ? "%s: %s is too large; it must be at most %s."
                  : "%s: %s is too large; it must be less than %s.",
              upTo ? "%s: %s quá lớn; tối đa là %s." : "%s: %s quá lớn; phải nhỏ hơn %s.",
              shown,
              max.toPlainString()));
    } else if (NumberBounds.decimals(n) > NumberBounds.MAX_DECIMALS
        || NumberBounds.significantDigits(n) > NumberBounds.MAX_SIGNIFICANT_DIGITS) {
      add(
          "field.number",
          f,
          path,
          row,
          msg(
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
            add(
                "field.character",
                f,
                path,
                row,
                msg(
                    f,
                    "%s: character %s at position %d cannot be printed on this form; remove it or"
                        + " write it with Latin or Vietnamese letters.",
                    "%s: ký tự %s ở vị trí %d không in được trên mẫu này; hãy xóa hoặc viết bằng"
                        + " chữ Latinh hoặc tiếng Việt.",
                    c.describe(),
                    c.position())));
    return bad.isEmpty();
  }

  /** Text safe to echo in a message: unprintable characters shown as U+XXXX. */
  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .limit(40)
        .forEach(
            cp -> {
              if (PrintableText.bundled().canPrint(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
              }
            });
    return s.codePointCount(0, s.length()) > 40 ? out + "…" : out.toString();
  }

  private void typeError(FieldDef f, String path, OptionalInt row, Object expected) {
    add(
        "field.type",
        f,
        path,
        row,
        msg(f, "%s has the wrong type: expected %s.", "%s sai kiểu dữ liệu: cần %s.", expected));
  }

  private void add(String ruleId, FieldDef f, String path, OptionalInt row, Bilingual message) {
    out.add(
        new Finding(
            ruleId,
            Severity.ERROR,
            boxOf(f),
            path,
            row,
            message,
            String.format(SOURCE, form.id())));
  }

  /**
   * The box a finding about {@code f} names: its own, or for a group without one the boxes its
   * fields are printed in ({@code "5–10"}), so a group finding still says where to look.
   */
  static String boxOf(FieldDef f) {
    if (!f.box().isEmpty() || !f.isGroup()) {
      return f.box();
    }
    List<String> boxes =
        f.fields().stream().map(FieldDef::box).filter(b -> !b.isEmpty()).distinct().toList();
    if (boxes.size() <= 1) {
      return boxes.isEmpty() ? "" : boxes.get(0);
    }
    return boxes.get(0) + "–" + boxes.get(boxes.size() - 1);
  }

  /** Formats a message whose first argument is the field, named in each language. */
  private static Bilingual msg(FieldDef f, String en, String vi, Object... rest) {
    Object[] enArgs =
        prepend(
            (f.box().isEmpty() ? "" : "Box " + f.box() + " ") + "(" + f.label().en() + ")", rest);
    Object[] viArgs =
        prepend(
            (f.box().isEmpty() ? "" : "Ô số " + f.box() + " ") + "(" + f.label().vi() + ")", rest);
    return new Bilingual(
        String.format(java.util.Locale.ROOT, en, Messages.in(enArgs, true)),
        String.format(java.util.Locale.ROOT, vi, Messages.in(viArgs, false)));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
