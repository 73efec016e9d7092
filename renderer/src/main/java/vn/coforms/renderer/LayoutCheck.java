package vn.coforms.renderer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.renderer.layout.RenderException;

/**
 * Lays out a placeholder certificate of a form in each issuance mode it allows, so printed text
 * that cannot fit (a label, a column header, a stamp, the overleaf) is reported when the form is
 * linted rather than when a certificate is issued.
 */
public final class LayoutCheck {
  private final CertificateRenderer renderer;

  public LayoutCheck(CertificateRenderer renderer) {
    this.renderer = renderer;
  }

  /** Every layout problem of the form, as located diagnostics; empty when every page lays out. */
  public List<Diagnostic> check(FormDefinition form) {
    Set<String> seen = new LinkedHashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (IssuanceMode mode : form.issuance().modes()) {
      try {
        renderer.layout(Placeholders.placeholder(form, mode), RenderOptions.defaults());
      } catch (RenderException e) {
        Diagnostic d =
            Diagnostic.error(
                "layout.does-not-fit",
                e.at().equals(vn.coforms.framework.diag.SourceRef.UNKNOWN) ? form.at() : e.at(),
                e.problem() + " (laid out in issuance mode " + mode.jsonName() + ")",
                "enlarge the rectangle, shorten the printed text, or lower its minimum font size");
        if (seen.add(d.at() + e.problem())) {
          out.add(d);
        }
      }
    }
    return out;
  }
}
