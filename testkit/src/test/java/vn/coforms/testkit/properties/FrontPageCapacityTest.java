package vn.coforms.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.model.FormDefinition;
import vn.coforms.framework.model.IssuanceMode;
import vn.coforms.framework.model.layout.PageRole;
import vn.coforms.testkit.Certificates;

/** The front page's capacity, measured on the hand-written samples with their rows repeated. */
class FrontPageCapacityTest {
  private final Certificates kit =
      Certificates.from(CataloguePropertiesTest.FORMS).on(CataloguePropertiesTest.TODAY);
  private final Supply samples = Supply.samples(kit);

  @ParameterizedTest
  @ValueSource(strings = {"d", "e", "eur1-evfta", "rcep"})
  void theCapacityFillsTheFrontPageAndOneMoreItemNeedsAnotherPage(String formId) {
    FormDefinition form = kit.form(formId);
    int capacity = FrontPageCapacity.of(kit, n -> rows(formId, n), 500);

    assertThat(capacity).isBetween(1, 499);
    int onePage = FrontPageCapacity.itemPages(kit.pages(rows(formId, 1)));
    assertThat(FrontPageCapacity.itemPages(kit.pages(rows(formId, capacity))))
        .as("%s with %d items", form.id(), capacity)
        .isEqualTo(onePage);
    assertThat(FrontPageCapacity.itemPages(kit.pages(rows(formId, capacity + 1))))
        .as("%s with %d items", form.id(), capacity + 1)
        .isEqualTo(onePage + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"d", "e", "rcep"})
  void theItemBeyondTheCapacityGoesOnAContinuationPage(String formId) {
    int capacity = FrontPageCapacity.of(kit, n -> rows(formId, n), 500);

    assertThat(kit.pages(rows(formId, capacity + 1)).pages())
        .anySatisfy(p -> assertThat(p.role()).isEqualTo(PageRole.CONTINUATION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"d", "e", "eur1-evfta", "rcep"})
  void aFormWhoseItemsNeverOverflowHasItsMaximumAsCapacity(String formId) {
    assertThat(FrontPageCapacity.of(kit, n -> rows(formId, 1), 7)).isEqualTo(7);
  }

  private Certificate rows(String formId, int n) {
    return samples.certificate(
        new Run(formId, IssuanceMode.NORMAL, n, 1, CataloguePropertiesTest.TODAY));
  }
}
