package vn.coforms.renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.template.Placeholders;
import vn.coforms.renderer.layout.PageModel;

/**
 * Every bundled form laid out in every issuance mode it allows, with enough placeholder rows to
 * reach the continuation sheet, and every valid sample: the page models the geometric tests walk.
 */
final class EveryModeLayouts {
  /** Placeholder rows per group: more than any bundled front table holds. */
  static final int ROWS = 30;

  /** One laid-out certificate and what it is, for test names. */
  record Laid(String name, FormDefinition form, PageModel model) {
    @Override
    public String toString() {
      return name;
    }
  }

  private EveryModeLayouts() {}

  static Stream<Laid> all() {
    List<Laid> out = new ArrayList<>();
    for (FormDefinition form : RenderFixture.CATALOGUE.forms()) {
      for (IssuanceMode mode : form.issuance().modes()) {
        out.add(
            new Laid(
                form.id() + " " + mode.jsonName(),
                form,
                RenderFixture.RENDERER.layout(
                    RenderFixture.CATALOGUE,
                    Placeholders.placeholder(form, mode, ROWS),
                    RenderOptions.defaults())));
      }
    }
    RenderFixture.validSamples()
        .forEach(
            s -> {
              var certificate = RenderFixture.certificate(s);
              out.add(
                  new Laid(
                      s.toString(),
                      RenderFixture.CATALOGUE.require(certificate.formId()),
                      RenderFixture.RENDERER.layout(
                          RenderFixture.CATALOGUE, certificate, RenderOptions.defaults())));
            });
    return out.stream();
  }
}
