package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.layout.Element;
import vn.coforms.framework.model.layout.PageDef;
import vn.coforms.framework.model.layout.Rect;
import vn.coforms.framework.model.layout.Stamp;
import vn.coforms.renderer.layout.Mark;
import vn.coforms.renderer.layout.Page;

/**
 * Endorsements (ISSUED RETROACTIVELY, CERTIFIED TRUE COPY or DUPLICATE, THIS C/O REPLACES …) are
 * printed inside the box the form's notes name, at one size on every form, and the replacement
 * wording is typed (black, no stamp frame), as seed 001 says.
 */
class EndorsementTest {
  /** The one size of every endorsement, in points. */
  static final double ENDORSEMENT_PT = 10;

  @Test
  void everyEndorsementLiesInsideTheBoxTheFormsNotesName() {
    List<String> problems = new ArrayList<>();
    for (FormDefinition form : RenderFixture.CATALOGUE.forms()) {
      for (Stamp s : form.layout().stamps()) {
        PageDef page = form.layout().page(s.page()).orElseThrow();
        Optional<Element.Box> box = holdingBox(page, s.rect());
        if (box.isEmpty()) {
          problems.add(form.id() + " " + s.id() + ": in no box of page " + s.page());
        } else if (!box.get().id().equals(expectedBox(form, s.page()))) {
          problems.add(form.id() + " " + s.id() + ": in box " + box.get().id());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The Certification box where the notes name none: box 12 on Forms D, E, S, X and VK, box 13 on
   * Form VC (its box 12 is the exporter's declaration; its notes give box 5 to ticks only); box 7
   * (Remarks) on both EUR.1 forms (EVFTA and UKVFTA, Protocol 1 of each), and the endorsement box
   * of their continuation sheet; box 5 (For official use) on Form EAV, where its filling
   * instructions put all three phrases; box 4 (For official use) on Form CPTPP, the only box its
   * issuing body marks besides the certification.
   */
  private static String expectedBox(FormDefinition form, String page) {
    if (form.id().startsWith("eur1-")) {
      return page.equals("continuation") ? "contBox11" : "box7";
    }
    return switch (form.id()) {
      case "vc" -> "box13";
      case "eav" -> "box5";
      case "cptpp" -> "box4";
      default -> "box12";
    };
  }

  @Test
  void theReplacementWordingIsTypedAndTheCertifiedTrueCopyStamped() {
    for (FormDefinition form : RenderFixture.CATALOGUE.forms()) {
      for (Stamp s : form.layout().stamps()) {
        if (s.id().equals("replacement")) {
          assertThat(s.typed()).as(form.id()).isTrue();
        }
      }
    }
    FormDefinition d = RenderFixture.CATALOGUE.require("d");
    assertThat(d.layout().stamps())
        .filteredOn(s -> s.id().equals("certifiedTrueCopy"))
        .singleElement()
        .satisfies(s -> assertThat(s.typed()).isFalse());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.coforms.renderer.EveryModeLayouts#all")
  void everyEndorsementPrintsAtTheSameSizeInItsRectangle(EveryModeLayouts.Laid laid) {
    List<String> problems = new ArrayList<>();
    for (Page page : laid.model().pages()) {
      for (Stamp s : laid.form().layout().stamps()) {
        for (Mark m : page.marks()) {
          if (m instanceof Mark.Text t
              && t.within().equals(s.rect())
              && t.sizePt() != ENDORSEMENT_PT) {
            problems.add(s.id() + " \"" + t.text() + "\" at " + t.sizePt() + " pt");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Optional<Element.Box> holdingBox(PageDef page, Rect r) {
    return page.elements().stream()
        .filter(Element.Box.class::isInstance)
        .map(Element.Box.class::cast)
        .filter(
            b ->
                b.rect().x().value() <= r.x().value()
                    && b.rect().right().value() >= r.right().value()
                    && b.rect().y().value() <= r.y().value()
                    && b.rect().bottom().value() >= r.bottom().value())
        .min(
            java.util.Comparator.comparingDouble(
                b -> b.rect().width().value() * b.rect().height().value()));
  }
}
