package vn.coforms.framework.template;

/**
 * What one template evaluation may cost: elements entered (each loop pass counts), nesting depth,
 * and characters printed.
 *
 * @param maxSteps elements entered during one evaluation, every pass of a loop included
 * @param maxDepth elements open at once (a recursive macro grows this)
 * @param maxChars characters one evaluation may print
 */
public record TemplateLimits(int maxSteps, int maxDepth, int maxChars) {
  /**
   * The limits the CLI and server use: 100 000 steps, depth 64, 256 Ki characters.
   *
   * <p>A template that passed the load check is bounded by (template size × rows): the bundled
   * forms' templates take under 100 steps and depth 6 per evaluation, and print at most a few
   * fields of at most 100 000 characters each (the certificate reader's string limit).
   */
  public static final TemplateLimits STANDARD = new TemplateLimits(100_000, 64, 256 * 1024);

  public TemplateLimits {
    if (maxSteps < 1 || maxDepth < 1 || maxChars < 1) {
      throw new IllegalArgumentException("template limits must be positive");
    }
  }
}
