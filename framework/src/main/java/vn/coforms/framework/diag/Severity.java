package vn.coforms.framework.diag;

/** How serious a diagnostic or finding is. Errors block loading a form or issuing a certificate. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
