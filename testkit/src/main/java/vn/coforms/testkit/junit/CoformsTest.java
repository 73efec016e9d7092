package vn.coforms.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that takes coforms objects as parameters: {@code Certificates}, {@code Catalogue}, a
 * {@code FormDefinition} annotated {@link Form @Form("e")} and a {@code Certificate} annotated
 * {@link Generated @Generated(form = "e", seed = 42)}.
 *
 * <pre>{@code
 * @CoformsTest(today = "2026-03-10")
 * class FormETest {
 *   @Test
 *   void fortyItemsRenderOnContinuationPages(@Generated(form = "e", items = 40) Certificate e,
 *       Certificates certificates) {
 *     assertThat(certificates.render(e)).isPdfA();
 *   }
 * }
 * }</pre>
 *
 * <p>The forms are loaded once per test run for each {@code forms} folder, however many test
 * classes use them. On a method, the method's attributes win over its class's.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(CoformsExtension.class)
public @interface CoformsTest {
  /**
   * The folder of forms, laid out as coforms' {@code forms/} ({@code *.yaml} with {@code common/}),
   * relative to the working directory (the module's folder under Maven); empty for the forms
   * bundled with coforms.
   */
  String forms() default "";

  /**
   * The day that is "today" for validation and generation, as {@code yyyy-MM-dd}; empty for the
   * real today in Viet Nam. Set it for tests whose dates must not move between runs.
   */
  String today() default "";
}
