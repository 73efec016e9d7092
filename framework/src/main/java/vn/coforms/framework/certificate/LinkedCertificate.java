package vn.coforms.framework.certificate;

/** The earlier certificate a re-issued, replacing or back-to-back certificate refers to. */
public record LinkedCertificate(String number, String date, String issuer) {
  public static final LinkedCertificate NONE = new LinkedCertificate("", "", "");
}
