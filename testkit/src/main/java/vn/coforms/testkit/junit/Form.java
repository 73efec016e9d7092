package vn.coforms.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Injects the {@code FormDefinition} with this id into a {@link CoformsTest} method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Form {
  /** The form's id, as in its file name: {@code e} for {@code forms/e.yaml}. */
  String value();
}
