package vn.coforms.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import vn.coforms.framework.certificate.CertificateReader;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.template.TemplateEngine;
import vn.coforms.framework.validate.CertificateValidator;
import vn.coforms.renderer.CertificateRenderer;
import vn.coforms.renderer.fonts.FontBook;

/**
 * {@link Main} is the one composition root: it builds the loader, reader, fonts, template engine,
 * validator and renderer once, and the commands only use them.
 */
@AnalyzeClasses(
    packages = "vn.coforms.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CompositionRootTest {
  @ArchTest
  static final ArchRule onlyMainBuildsTheServices =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should()
          .callConstructor(CertificateValidator.class, Clock.class)
          .orShould()
          .callConstructor(
              CertificateRenderer.class,
              FontBook.class,
              TemplateEngine.class,
              CertificateValidator.class)
          .orShould()
          .callConstructor(FormLoader.class, ObjectMapper.class, TemplateEngine.class)
          .orShould()
          .callMethod(FormLoader.class, "standard")
          .orShould()
          .callConstructor(CertificateReader.class)
          .orShould()
          .callConstructor(TemplateEngine.class)
          .orShould()
          .callMethod(FontBook.class, "fromClasspath")
          .because("commands take the services Main built once; none builds its own");
}
