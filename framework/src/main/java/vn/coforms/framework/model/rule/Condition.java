package vn.coforms.framework.model.rule;

/** A compiled boolean expression over a {@link Scope} (CEL in practice; see {@code expr}). */
@FunctionalInterface
public interface Condition {
  Condition ALWAYS = scope -> true;

  boolean test(Scope scope);
}
