package vn.coforms.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a generated {@code Certificate} into a {@link CoformsTest} method: valid, or with {@link
 * #invalid} breaking exactly one rule. The same attributes and "today" give the same certificate on
 * any machine, so a failing test reproduces from its annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Generated {
  /** The form's id: {@code e}, {@code d}, {@code rcep}, {@code eur1-evfta} … */
  String form();

  /** The seed: another seed, other (equally valid) values. */
  long seed() default 42;

  /** The number of item rows; -1 lets the seed choose (1 to 3). Valid certificates only. */
  int items() default -1;

  /**
   * The issuance mode as the JSON names it ({@code retroactive}, {@code certifiedTrueCopy}, {@code
   * replacement}, {@code backToBack}); empty for {@code normal}. Valid certificates only.
   */
  String mode() default "";

  /**
   * The rule the certificate breaks, and no other: a rule of the form ({@code e.fob.only-with-rvc})
   * or a built-in check ({@code field.required}); empty for a valid certificate.
   */
  String invalid() default "";
}
