package vn.coforms.framework.expr;

/**
 * The variables every expression sees besides the form's fields: the issuance envelope and today's
 * date, all CEL strings. Declared here once; the compiler declares each one and the validator's
 * scope binds each one through a switch without a default.
 */
public enum EnvelopeVariable {
  MODE("mode"),
  LINKED_NUMBER("linkedNumber"),
  LINKED_DATE("linkedDate"),
  LINKED_ISSUER("linkedIssuer"),
  TODAY("today");

  private final String id;

  EnvelopeVariable(String id) {
    this.id = id;
  }

  /** The name an expression uses. */
  public String id() {
    return id;
  }
}
