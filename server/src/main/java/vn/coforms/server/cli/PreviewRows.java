package vn.coforms.server.cli;

import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.RenderOptions;

/**
 * How many placeholder item rows a preview needs so that its layout shows the continuation sheet.
 */
final class PreviewRows {
  /** The most rows a preview lays out: more than any bundled form's front page and sheet hold. */
  static final int MOST = 512;

  private static final int WITHOUT_CONTINUATION = 3;
  private static final int FIRST_TRY = 4;

  private final CertificateRenderer renderer;

  PreviewRows(CertificateRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * The fewest rows, doubling from {@value #FIRST_TRY} up to {@value #MOST}, whose normal-mode
   * layout has a continuation page; {@value #WITHOUT_CONTINUATION} when the form declares no
   * continuation sheet or none of those counts reaches it.
   */
  int needingContinuation(Catalogue catalogue, FormDefinition form) {
    if (form.layout().continuation().isEmpty()) {
      return WITHOUT_CONTINUATION;
    }
    for (int rows = FIRST_TRY; rows <= MOST; rows *= 2) {
      boolean continued =
          renderer
              .layout(
                  catalogue,
                  Placeholders.placeholder(form, IssuanceMode.NORMAL, rows),
                  RenderOptions.defaults().asSpecimen())
              .pages()
              .stream()
              .anyMatch(p -> p.role() == PageRole.CONTINUATION);
      if (continued) {
        return rows;
      }
    }
    return WITHOUT_CONTINUATION;
  }
}
