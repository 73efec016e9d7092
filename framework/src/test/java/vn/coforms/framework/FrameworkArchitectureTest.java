package vn.coforms.framework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "vn.coforms.framework",
    importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkArchitectureTest {
  @ArchTest
  static final ArchRule modelIsPureData =
      noClasses()
          .that()
          .resideInAPackage("..framework.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml.jackson..",
              "dev.cel..",
              "freemarker..",
              "..framework.load..",
              "..framework.validate..",
              "org.apache.pdfbox..");

  @ArchTest
  static final ArchRule jacksonStaysInLoadingAndReading =
      noClasses()
          .that()
          .resideOutsideOfPackages("..framework.load..", "..framework.certificate..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule celStaysInExpr =
      noClasses()
          .that()
          .resideOutsideOfPackage("..framework.expr..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.cel..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("vn.coforms.framework.(*)..").should().beFreeOfCycles();
}
