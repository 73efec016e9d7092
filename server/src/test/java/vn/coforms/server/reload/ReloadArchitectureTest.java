package vn.coforms.server.reload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The reload package is given its services and keeps no state of its own. */
@AnalyzeClasses(
    packages = "vn.coforms.server.reload",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ReloadArchitectureTest {
  @ArchTest
  static final ArchRule knowsNothingOfTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("..server.reload..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..server.cli..", "picocli..")
          .because("the command line builds the watcher, not the other way round");

  @ArchTest
  static final ArchRule holdsNoStaticMutableState =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("..server.reload..")
          .and()
          .areStatic()
          .should()
          .beFinal()
          .because("two servers in one JVM must not share state");
}
