package vn.coforms.framework.expr;

import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelComprehension;
import java.util.Map;

/**
 * Estimates, before any data exists, how many steps evaluating a checked expression can take.
 *
 * <p>cel-java 0.11.1 (the version in the pom) ships no cost estimator, so this is ours: every node
 * counts one step each time it runs, and the loop condition and step of a comprehension run once
 * per element of its range. A range's size is the {@code maxItems} of the group it names, the
 * number of elements of a literal, the size of the list a nested comprehension walks, or {@link
 * ExpressionBudget#assumedRows} when nothing bounds it. The CEL interpreter evaluates exactly these
 * nodes (fewer when it short-circuits), so the estimate bounds the steps counted at run time on
 * data within the form's limits. Sums and products saturate at {@code Long.MAX_VALUE}.
 */
final class ExpressionCost {
  private final Map<String, Long> sizes;
  private final long assumed;
  private int deepest;
  private long widest;

  /**
   * @param sizes the most elements of each list or map variable, by field id
   */
  ExpressionCost(Map<String, Long> sizes, long assumed) {
    this.sizes = Map.copyOf(sizes);
    this.assumed = assumed;
  }

  /** The estimate for one evaluation. */
  long steps(CelExpr e) {
    return cost(e, 1, 0);
  }

  /** How deep comprehensions nest, after {@link #steps}. */
  int deepest() {
    return deepest;
  }

  /** The largest range size a comprehension walks, after {@link #steps}. */
  long widest() {
    return widest;
  }

  private long cost(CelExpr e, long times, int depth) {
    long c = times;
    switch (e.getKind()) {
      case COMPREHENSION -> {
        CelComprehension k = e.comprehension();
        long n = size(k.iterRange());
        deepest = Math.max(deepest, depth + 1);
        widest = Math.max(widest, n);
        long each = multiply(times, n + 1);
        c = add(c, cost(k.iterRange(), times, depth));
        c = add(c, cost(k.accuInit(), times, depth));
        c = add(c, cost(k.loopCondition(), each, depth + 1));
        c = add(c, cost(k.loopStep(), each, depth + 1));
        c = add(c, cost(k.result(), times, depth));
      }
      case CALL -> {
        if (e.call().target().isPresent()) {
          c = add(c, cost(e.call().target().get(), times, depth));
        }
        for (CelExpr a : e.call().args()) {
          c = add(c, cost(a, times, depth));
        }
      }
      case SELECT -> c = add(c, cost(e.select().operand(), times, depth));
      case LIST -> {
        for (CelExpr x : e.list().elements()) {
          c = add(c, cost(x, times, depth));
        }
      }
      case MAP -> {
        for (var entry : e.map().entries()) {
          c = add(c, cost(entry.key(), times, depth));
          c = add(c, cost(entry.value(), times, depth));
        }
      }
      case STRUCT -> {
        for (var entry : e.struct().entries()) {
          c = add(c, cost(entry.value(), times, depth));
        }
      }
      default -> {}
    }
    return c;
  }

  private long size(CelExpr range) {
    return switch (range.getKind()) {
      case IDENT -> sizes.getOrDefault(range.ident().name(), assumed);
      case SELECT -> sizes.getOrDefault(range.select().field(), assumed);
      case LIST -> range.list().elements().size();
      case MAP -> range.map().entries().size();
      case COMPREHENSION -> size(range.comprehension().iterRange());
      case CALL ->
          range.call().function().equals("_+_")
              ? range.call().args().stream().mapToLong(this::size).reduce(0, ExpressionCost::add)
              : assumed;
      default -> assumed;
    };
  }

  static long add(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  static long multiply(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}
