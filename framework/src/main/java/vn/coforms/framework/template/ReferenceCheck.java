package vn.coforms.framework.template;

import freemarker.core.TemplateElement;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.model.layout.Template;

/**
 * Checks every name a template reads, in every branch, against the data the template will see.
 *
 * <p>Running a template over a probe certificate only tries the branches that probe takes: a typo
 * after an {@code <#else>} would pass. This walks FreeMarker's parsed element tree instead, like
 * {@link AllowedConstructs}, and resolves each name ({@code exporter}, {@code item.fob}, a {@code
 * #list} loop variable and its members) in the probe model, whose hashes refuse undeclared names
 * with a did-you-mean hint. A loop variable stands for the first row of what it lists (the probe
 * has one row per group). Each unresolved name is a located {@code template.reference} diagnostic.
 */
@SuppressWarnings("deprecation") // the element tree is FreeMarker's public-but-internal API
final class ReferenceCheck {
  private final Template declared;
  private final TemplateHashModel model;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ReferenceCheck(Template declared, TemplateHashModel model) {
    this.declared = declared;
    this.model = model;
  }

  static List<Diagnostic> check(
      Template declared, freemarker.template.Template parsed, TemplateHashModel model) {
    ReferenceCheck c = new ReferenceCheck(declared, model);
    c.walk(parsed.getRootTreeNode(), Map.of(), Optional.empty());
    return c.problems;
  }

  /**
   * Checks one element and its children.
   *
   * @param loop the loop variables in scope, each bound to one row (empty when its rows are
   *     unknown)
   * @param listed the row of the enclosing {@code <#list x>} that an {@code <#items as y>} binds
   *     (empty when unknown)
   */
  private void walk(
      TemplateElement e,
      Map<String, Optional<TemplateModel>> loop,
      Optional<TemplateModel> listed) {
    String expression = AllowedConstructs.ownExpression(e);
    Map<String, Optional<TemplateModel>> inner = loop;
    Optional<TemplateModel> innerListed = listed;
    switch (e.getNodeName()) {
      case "IteratorBlock" -> {
        String[] parts = expression.split(" as ", 2);
        Optional<TemplateModel> row = firstRow(e, parts[0].strip(), loop);
        if (parts.length == 2) {
          inner = bind(loop, parts[1], row);
        } else {
          innerListed = row;
        }
      }
      case "Items" -> {
        String names = expression.startsWith("as ") ? expression.substring(3) : expression;
        inner = bind(loop, names, listed);
      }
      default -> ExpressionScan.references(expression).forEach(r -> resolve(e, r, loop));
    }
    for (int i = 0; i < e.getChildCount(); i++) {
      walk((TemplateElement) e.getChildAt(i), inner, innerListed);
    }
  }

  /** The first row of what a {@code #list} lists, checking the names it uses on the way. */
  private Optional<TemplateModel> firstRow(
      TemplateElement e, String listed, Map<String, Optional<TemplateModel>> loop) {
    List<String> references = ExpressionScan.references(listed);
    if (references.size() != 1 || !references.get(0).equals(listed)) {
      references.forEach(r -> resolve(e, r, loop));
      return Optional.empty();
    }
    return resolve(e, listed, loop)
        .filter(TemplateSequenceModel.class::isInstance)
        .flatMap(
            rows -> {
              try {
                TemplateSequenceModel s = (TemplateSequenceModel) rows;
                return s.size() == 0 ? Optional.empty() : Optional.ofNullable(s.get(0));
              } catch (TemplateModelException x) {
                return Optional.empty();
              }
            });
  }

  private static Map<String, Optional<TemplateModel>> bind(
      Map<String, Optional<TemplateModel>> loop, String names, Optional<TemplateModel> row) {
    Map<String, Optional<TemplateModel>> inner = new HashMap<>(loop);
    String[] vars = names.split(",", -1);
    for (String v : vars) {
      // a hash listing (k, v) binds names whose rows this check does not know
      inner.put(v.strip(), vars.length == 1 ? row : Optional.empty());
    }
    return inner;
  }

  /**
   * Resolves a dotted name in the loop variables, else in the model; reports it when it names
   * nothing. Empty when the name is unknown or its value cannot be followed further.
   */
  private Optional<TemplateModel> resolve(
      TemplateElement e, String path, Map<String, Optional<TemplateModel>> loop) {
    String[] parts = path.split("\\.", -1);
    Optional<TemplateModel> value;
    int from;
    if (loop.containsKey(parts[0])) {
      value = loop.get(parts[0]);
      from = 1;
    } else {
      value = Optional.of(model);
      from = 0;
    }
    for (int i = from; i < parts.length && value.isPresent(); i++) {
      if (!(value.get() instanceof TemplateHashModel hash)) {
        report(
            e,
            path,
            "'"
                + String.join(".", Arrays.copyOf(parts, i))
                + "' is a single value; it has no part '"
                + parts[i]
                + "'");
        return Optional.empty();
      }
      try {
        TemplateModel next = hash.get(parts[i]);
        if (next == null) {
          report(e, path, "'" + parts[i] + "' is not declared in the data");
          return Optional.empty();
        }
        value = Optional.of(next);
      } catch (TemplateModelException x) {
        report(e, path, String.valueOf(x.getMessage()));
        return Optional.empty();
      }
    }
    return value;
  }

  private void report(TemplateElement e, String path, String why) {
    problems.add(
        Diagnostic.error(
            "template.reference",
            AllowedConstructs.locate(declared, e, path),
            "template '" + TemplateEngine.oneLine(declared.source()) + "': " + why,
            TemplateEngine.REFERENCE_FIX));
  }
}
