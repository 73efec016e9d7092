package vn.coforms.framework.expr;

import vn.coforms.framework.model.FieldDef;

/** The value an expression sees for a field the certificate leaves out. */
public final class Zero {
  private Zero() {}

  public static Object of(FieldDef field) {
    return ExpressionCompiler.zero(field.type());
  }
}
