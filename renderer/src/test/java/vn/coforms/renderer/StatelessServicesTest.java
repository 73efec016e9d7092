package vn.coforms.renderer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.validate.CertificateValidator;

/**
 * The validator, the renderer and the layout hold no catalogue: it is a parameter of every call, so
 * one instance serves every snapshot (docs/decisions.md, "Catalogue snapshot"). The renderer is
 * given its validator; it does not build one.
 */
@AnalyzeClasses(
    packages = {"vn.coforms.renderer", "vn.coforms.framework.validate"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class StatelessServicesTest {
  @ArchTest
  static final ArchRule noServiceHoldsACatalogue =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .arePublic()
          .should()
          .haveRawType(Catalogue.class)
          .because("a service holding a snapshot could mix two snapshots in one request");

  @ArchTest
  static final ArchRule theRendererIsGivenItsValidator =
      noClasses()
          .that()
          .resideInAPackage("vn.coforms.renderer..")
          .should()
          .callConstructor(CertificateValidator.class, Clock.class)
          .because("the composition root builds the one validator and passes it in");
}
