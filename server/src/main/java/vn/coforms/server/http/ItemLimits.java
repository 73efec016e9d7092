package vn.coforms.server.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.Binder;

/**
 * Refuses a certificate with more item rows than its form allows, before any row is bound or
 * validated: a group over its form's {@code maxItems} (never more than {@link #MAX_ROWS}), or more
 * than {@link #MAX_TOTAL_ROWS} rows across all groups. The answer is a 413 {@code too-many-items}
 * problem naming the group and the limit.
 */
final class ItemLimits {
  /** The most rows one group takes, whatever the form declares: the validator's own cap. */
  static final int MAX_ROWS = Binder.MAX_ROWS;

  /** The most rows one request takes across all of its groups. */
  static final int MAX_TOTAL_ROWS = 2_000;

  private ItemLimits() {}

  /**
   * Checks the item rows of {@code certificate} against {@code form}.
   *
   * @throws ProblemException {@code too-many-items} (413) on the first group over its limit, or
   *     when all groups together hold more than {@link #MAX_TOTAL_ROWS}
   */
  static void require(FormDefinition form, Certificate certificate) {
    require(form, certificate, MAX_TOTAL_ROWS);
  }

  /** As {@link #require(FormDefinition, Certificate)}, with {@code maxTotal} rows across groups. */
  static void require(FormDefinition form, Certificate certificate, int maxTotal) {
    int total = 0;
    for (FieldDef f : form.fields()) {
      if (!(f.spec() instanceof FieldSpec.Group g)
          || !(certificate.fields().get(f.id()) instanceof List<?> rows)) {
        continue;
      }
      int limit = Math.min(g.maxItems(), MAX_ROWS);
      if (rows.size() > limit) {
        throw tooMany(
            f.id(),
            limit,
            rows.size(),
            "group '"
                + f.id()
                + "' (box "
                + f.box()
                + ") holds "
                + rows.size()
                + " item rows; form '"
                + form.id()
                + "' allows at most "
                + limit
                + ": split the goods over several certificates");
      }
      total += rows.size();
    }
    if (total > maxTotal) {
      throw tooMany(
          "",
          maxTotal,
          total,
          "the groups hold "
              + total
              + " item rows together; one request takes at most "
              + maxTotal
              + ": split the goods over several certificates");
    }
  }

  private static ProblemException tooMany(String group, int limit, int found, String detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!group.isEmpty()) {
      m.put("group", group);
    }
    m.put("limit", limit);
    m.put("found", found);
    return new ProblemException(new Problem("too-many-items", "Too many items", 413, detail, m));
  }
}
