package vn.coforms.framework.expr;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.Collections;
import java.util.List;

/**
 * The custom CEL functions (documented in docs/format.md), declared here once: the compiler
 * declares each one from its signature and {@link FormFunctions} binds each one through a switch
 * without a default, so a function cannot be declared and left unbound.
 */
public enum FormFunction {
  USES_RVC("usesRvc", SimpleType.BOOL, 1),
  CRITERION_KIND("criterionKind", SimpleType.STRING, 1),
  RVC("rvc", SimpleType.DOUBLE, 1),
  BLANK("blank", SimpleType.BOOL, 1),
  DAYS_BETWEEN("daysBetween", SimpleType.INT, 2),
  WORKING_DAYS_BETWEEN("workingDaysBetween", SimpleType.INT, 2);

  private final String id;
  private final CelType result;
  private final int strings;

  /** Every function takes {@code strings} string arguments (field values are text). */
  FormFunction(String id, CelType result, int strings) {
    this.id = id;
    this.result = result;
    this.strings = strings;
  }

  /** The name an expression calls. */
  public String id() {
    return id;
  }

  /** The id of its one overload, e.g. {@code daysBetween_string_string}. */
  String overloadId() {
    return id + "_string".repeat(strings);
  }

  CelType result() {
    return result;
  }

  List<CelType> parameters() {
    return Collections.nCopies(strings, SimpleType.STRING);
  }
}
