package vn.coforms.framework.model.layout;

/**
 * The type face of the data filled into a form ({@code layout.dataFace}), chosen so typed entries
 * stand apart from the printed labels, which are always serif. The YAML name is the constant in
 * lower case.
 */
public enum DataFace {
  /** Liberation Mono (metric-compatible with Courier New): entries look typewritten. */
  MONO,
  /** Liberation Sans (metric-compatible with Arial). */
  SANS,
  /** Liberation Serif, the labels' face: entries are told apart by nothing but their place. */
  SERIF
}
