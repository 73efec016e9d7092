package vn.coforms.renderer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "vn.coforms.renderer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class RendererArchitectureTest {
  @ArchTest
  static final ArchRule onlyThePdfWriterDrawsWithPdfBox =
      noClasses()
          .that()
          .doNotHaveSimpleName("PdfWriter")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.pdfbox.pdmodel.PDPageContentStream");

  @ArchTest
  static final ArchRule layoutKnowsNothingOfPdf =
      noClasses()
          .that()
          .resideInAPackage("..renderer.layout..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.pdfbox..", "..renderer.pdf..");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("vn.coforms.renderer.(*)..").should().beFreeOfCycles();
}
