package vn.coforms.framework.expr;

/**
 * The limits every form expression runs under; see docs/format.md (rules, budgets) for why.
 *
 * @param maxCodePoints the longest expression text, in characters
 * @param maxNesting CEL's parser recursion limit (nested calls, parentheses, operators)
 * @param maxSteps the most evaluation steps one rule may take: estimated at load over the largest
 *     certificate the form allows (all its rows), and counted at run time per evaluation
 * @param assumedRows the size assumed for a list whose size the form does not bound (a group with
 *     no item limit, a computed list)
 */
public record ExpressionBudget(int maxCodePoints, int maxNesting, long maxSteps, long assumedRows) {
  /** The budget of the bundled engine. */
  public static final ExpressionBudget STANDARD = new ExpressionBudget(2_000, 32, 200_000, 1_000);

  public ExpressionBudget {
    if (maxCodePoints < 1 || maxNesting < 1 || maxSteps < 1 || assumedRows < 1) {
      throw new IllegalArgumentException("every budget must be positive");
    }
  }
}
