package vn.coforms.server.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The screens take their services from the composition root and keep no state of their own. */
@AnalyzeClasses(
    packages = "vn.coforms.server.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {
  @ArchTest
  static final ArchRule knowsNothingOfTheCommandLineOrTheApi =
      noClasses()
          .that()
          .resideInAPackage("..server.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..server.cli..", "..server.http..", "picocli..")
          .because("the screens plug into the server as a handler; the API is another feature");

  @ArchTest
  static final ArchRule holdsNoStaticMutableState =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("..server.web..")
          .and()
          .areStatic()
          .should()
          .beFinal()
          .because("two servers in one JVM must not share state");

  @ArchTest
  static final ArchRule onlyScreensIsPublic =
      classes()
          .that()
          .resideInAPackage("..server.web..")
          .and()
          .arePublic()
          .should()
          .haveSimpleName("Screens")
          .because("Screens is the package's one entry point");
}
