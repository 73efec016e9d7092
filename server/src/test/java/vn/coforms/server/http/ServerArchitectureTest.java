package vn.coforms.server.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server takes its services from the composition root and keeps no state of its own. */
@AnalyzeClasses(
    packages = "vn.coforms.server.http",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {
  @ArchTest
  static final ArchRule knowsNothingOfTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("..server.http..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..server.cli..", "picocli..")
          .because("the command line builds the server, not the other way round");

  @ArchTest
  static final ArchRule holdsNoStaticMutableState =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("..server.http..")
          .and()
          .areStatic()
          .should()
          .beFinal()
          .because("two servers in one JVM must not share state");
}
