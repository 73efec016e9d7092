package vn.coforms.framework.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import vn.coforms.framework.diag.Severity;
import vn.coforms.framework.model.Bilingual;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.value.FieldPath;

/**
 * Collects the findings about single fields, each naming the field's box and label in both
 * languages and citing the field's declaration as its source.
 */
final class FieldFindings {
  private final String source;
  private final List<Finding> out = new ArrayList<>();

  FieldFindings(String formId) {
    this.source = "field declaration in forms/" + formId + ".yaml";
  }

  void add(String ruleId, FieldDef f, FieldPath path, Bilingual message) {
    add(ruleId, f, path.toString(), path.row(), message);
  }

  /** A finding about a part of a value, e.g. {@code fob.currency}. */
  void add(String ruleId, FieldDef f, String path, OptionalInt row, Bilingual message) {
    out.add(new Finding(ruleId, Severity.ERROR, boxOf(f), path, row, message, source));
  }

  /** A finding about the data at {@code path} rather than about one declared field. */
  void add(String ruleId, FieldPath path, Bilingual message) {
    out.add(new Finding(ruleId, Severity.ERROR, "", path.toString(), path.row(), message, source));
  }

  void add(Finding finding) {
    out.add(finding);
  }

  boolean has(String ruleId) {
    return out.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }

  List<Finding> all() {
    return List.copyOf(out);
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

  /**
   * Formats a message whose first argument is the field, named in each language; a {@link
   * Bilingual} argument is shown in each message's own language.
   */
  static Bilingual about(FieldDef f, String en, String vi, Object... rest) {
    Object[] enArgs =
        prepend(
            (f.box().isEmpty() ? "" : "Box " + f.box() + " ") + "(" + f.label().en() + ")", rest);
    Object[] viArgs =
        prepend(
            (f.box().isEmpty() ? "" : "Ô số " + f.box() + " ") + "(" + f.label().vi() + ")", rest);
    return new Bilingual(
        String.format(Locale.ROOT, en, Messages.in(enArgs, true)),
        String.format(Locale.ROOT, vi, Messages.in(viArgs, false)));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
