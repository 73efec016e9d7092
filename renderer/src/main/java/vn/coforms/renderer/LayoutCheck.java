package vn.coforms.renderer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.framework.template.TemplateFailedException;
import vn.coforms.renderer.layout.RenderException;

/**
 * Lays out a placeholder certificate of a form in each issuance mode it allows, so printed text
 * that cannot fit (a label, a column header, a stamp, the overleaf) is reported when the form is
 * linted rather than when a certificate is issued. Also reports framed boxes and tables that
 * overlap, and warns of declared fields the layout prints nowhere.
 */
public final class LayoutCheck {
  private final CertificateRenderer renderer;

  public LayoutCheck(CertificateRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * Every layout problem of {@code form} (one of {@code catalogue}'s), as located diagnostics
   * (warnings for fields printed nowhere); empty when every field is printed and every page lays
   * out.
   */
  public List<Diagnostic> check(Catalogue catalogue, FormDefinition form) {
    Set<String> seen = new LinkedHashSet<>();
    List<Diagnostic> out = new ArrayList<>(OverlappingBoxes.of(form));
    out.addAll(UnprintedFields.of(form));
    for (IssuanceMode mode : form.issuance().modes()) {
      try {
        renderer.layout(catalogue, Placeholders.placeholder(form, mode), RenderOptions.defaults());
      } catch (TemplateFailedException e) {
        Diagnostic d =
            Diagnostic.error(
                "layout.template",
                e.template().at(),
                "template '"
                    + oneLine(e.template().source())
                    + "' fails on placeholder data (laid out in issuance mode "
                    + mode.jsonName()
                    + "): "
                    + e.problem(),
                "make the template work for every value the field can hold, e.g. test optional"
                    + " values with ${x!\"\"} or <#if x??>");
        if (seen.add(d.at() + e.problem())) {
          out.add(d);
        }
      } catch (RenderException e) {
        Diagnostic d =
            Diagnostic.error(
                "layout.does-not-fit",
                e.at().equals(vn.coforms.framework.diag.SourceRef.UNKNOWN) ? form.at() : e.at(),
                e.problem() + " (laid out in issuance mode " + mode.jsonName() + ")",
                e.fix()
                    .orElse(
                        "enlarge the rectangle ('rect'), shorten the printed text, or lower"
                            + " 'minSize' of the font it is printed in"));
        if (seen.add(d.at() + e.problem())) {
          out.add(d);
        }
      } catch (RuntimeException e) {
        // Structural: whatever else goes wrong laying out one form is reported on it, and the
        // other forms are still checked.
        Diagnostic d =
            Diagnostic.error(
                "layout.internal",
                form.at(),
                "form '"
                    + form.id()
                    + "' could not be laid out in issuance mode "
                    + mode.jsonName()
                    + ": "
                    + Optional.ofNullable(e.getMessage())
                        .map(m -> m.strip().lines().findFirst().orElse(""))
                        .filter(m -> !m.isEmpty())
                        .orElse("an unexpected failure without a message"),
                "this is a bug in coforms, please report it with this form; meanwhile check the"
                    + " layout against docs/format.md");
        if (seen.add(d.render())) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static String oneLine(String source) {
    String line = source.replaceAll("\\s+", " ").strip();
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
