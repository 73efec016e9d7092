package vn.coforms.testkit;

import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.validate.Binder;

/**
 * How many item rows a form's certificates take: within every group's {@code minItems} and {@code
 * maxItems}, and never more than the validator binds ({@link Binder#MAX_ROWS}).
 *
 * @param min the fewest rows
 * @param max the most rows
 * @param grouped whether the form has item rows at all
 */
public record ItemRows(int min, int max, boolean grouped) {

  /** The rows {@code form} takes. */
  public static ItemRows of(FormDefinition form) {
    int min = 0;
    int max = Binder.MAX_ROWS;
    boolean grouped = false;
    for (FieldDef f : form.fields()) {
      if (f.spec() instanceof FieldSpec.Group g) {
        grouped = true;
        min = Math.max(min, g.minItems());
        max = Math.min(max, g.maxItems());
      }
    }
    return new ItemRows(min, max, grouped);
  }

  public boolean admits(int rows) {
    return rows >= min && rows <= max;
  }

  /** The allowed count nearest to {@code rows}. */
  public int nearest(int rows) {
    return Math.max(min, Math.min(max, rows));
  }
}
