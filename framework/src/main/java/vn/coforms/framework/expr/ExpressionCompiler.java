package vn.coforms.framework.expr;

import dev.cel.checker.CelStandardDeclarations;
import dev.cel.checker.CelStandardDeclarations.StandardFunction;
import dev.cel.checker.CelStandardDeclarations.StandardFunction.Overload.Comparison;
import dev.cel.checker.CelStandardDeclarations.StandardFunction.Overload.Conversions;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.DidYouMean;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldSpec;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.rule.Condition;

/**
 * Compiles the CEL expressions of one form, type-checked against the form's fields.
 *
 * <p>This is the only public entry point into {@code expr}. Variables and functions are those
 * documented in docs/format.md (rules). One instance per form; thread-safe once built.
 */
public final class ExpressionCompiler {
  private static final String COST_FIX =
      "compare rows with a 'unique' rule, do not nest items.all/exists/map inside one another,"
          + " or declare a smaller maxItems for the group";

  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");

  private final CelCompiler topLevel;

  /** One compiler per group that rules run once per row of, built the first time one needs it. */
  private final Map<FieldDef, CelCompiler> perRow = new ConcurrentHashMap<>();

  private final List<FieldDef> fields;
  private final CelRuntime runtime;
  private final ExpressionBudget budget;
  private final CelOptions options;

  /** CEL's standard functions for {@link #options}, built once for all of this form's compilers. */
  private final CelStandardDeclarations standard;

  public ExpressionCompiler(List<FieldDef> fields, FormFunctions functions) {
    this(fields, functions, ExpressionBudget.STANDARD);
  }

  public ExpressionCompiler(
      List<FieldDef> fields, FormFunctions functions, ExpressionBudget budget) {
    this.fields = List.copyOf(fields);
    this.budget = budget;
    this.options =
        CelOptions.current()
            .maxExpressionCodePointSize(budget.maxCodePoints())
            .maxParseRecursionDepth(budget.maxNesting())
            .comprehensionMaxIterations((int) Math.min(Integer.MAX_VALUE, budget.maxSteps()))
            .build();
    this.standard = standardDeclarations(options);
    this.topLevel = compilerFor(Optional.empty());
    this.runtime = functions.runtime(options);
  }

  /**
   * Compiles a boolean expression in the scope where it is evaluated: the whole certificate when
   * {@code forEach} is empty, otherwise each row of that group (row fields and {@code row} join the
   * top-level variables). An expression whose estimated cost over the largest certificate the form
   * allows (all rows of {@code forEach}) exceeds the budget is refused with {@code
   * rule.expression-cost}.
   *
   * @param at where the expression's first character was written (after an opening quote), so a
   *     problem inside it is placed on its own character
   */
  public Compiled compile(String expression, Optional<FieldDef> forEach, SourceRef at) {
    int length = expression.codePointCount(0, expression.length());
    if (length > budget.maxCodePoints()) {
      return refused(
          at,
          String.format(
              Locale.ROOT,
              "expression of %,d characters is longer than the budget of %,d",
              length,
              budget.maxCodePoints()),
          "split it into several rules");
    }
    CelCompiler compiler =
        forEach.isEmpty()
            ? topLevel
            : perRow.computeIfAbsent(forEach.get(), g -> compilerFor(Optional.of(g)));
    CelValidationResult result = compiler.compile(expression);
    if (result.hasError()) {
      List<Diagnostic> out = new ArrayList<>();
      for (CelIssue issue : result.getErrors()) {
        var loc = issue.getSourceLocation();
        SourceRef where =
            loc.getLine() > 0 ? at.shift(loc.getLine() - 1, Math.max(loc.getColumn(), 0)) : at;
        out.add(
            Diagnostic.error(
                "rule.expression",
                where,
                "expression '"
                    + expression
                    + "' does not compile: "
                    + explain(issue.getMessage(), forEach)
                    + " ("
                    + scope(forEach)
                    + ")",
                "use the fields declared in this scope and the functions listed in docs/format.md"));
      }
      return new Compiled(Optional.empty(), out);
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      List<Diagnostic> misreads = misreads(ast, expression, forEach, at);
      if (!misreads.isEmpty()) {
        return new Compiled(Optional.empty(), misreads);
      }
      ExpressionCost cost = new ExpressionCost(sizes(), budget.assumedRows());
      long rows = forEach.map(g -> rows(g)).orElse(1L);
      long steps = ExpressionCost.multiply(cost.steps(ast.getExpr()), rows);
      if (steps > budget.maxSteps()) {
        return refused(at, tooCostly(expression, steps, cost, forEach, rows), COST_FIX);
      }
      CelRuntime.Program program = runtime.createProgram(ast);
      return new Compiled(
          Optional.of(new CelCondition(program, expression, budget.maxSteps())), List.of());
    } catch (CelValidationException | CelEvaluationException e) {
      return new Compiled(
          Optional.empty(),
          List.of(
              Diagnostic.error(
                  "rule.expression",
                  at,
                  "expression '" + expression + "' cannot be prepared: " + e.getMessage(),
                  "simplify the expression")));
    }
  }

  /** A read of a field the rows of a group do not have, which CEL's checker cannot see. */
  private List<Diagnostic> misreads(
      CelAbstractSyntaxTree ast, String expression, Optional<FieldDef> forEach, SourceRef at) {
    List<FieldDef> scope = new ArrayList<>(fields);
    forEach.ifPresent(g -> scope.addAll(g.fields()));
    List<Diagnostic> out = new ArrayList<>();
    for (RowFieldCheck.Misread m : new RowFieldCheck(scope).misreads(ast, expression)) {
      SourceRef where =
          ast.getSource()
              .getOffsetLocation(m.offset())
              .map(loc -> at.shift(loc.getLine() - 1, Math.max(loc.getColumn(), 0)))
              .orElse(at);
      List<String> names = m.group().fields().stream().map(FieldDef::id).toList();
      out.add(
          Diagnostic.error(
              "rule.expression",
              where,
              "expression '"
                  + expression
                  + "' reads '"
                  + m.field()
                  + "' of a row of '"
                  + m.group().id()
                  + "', which has no such field"
                  + DidYouMean.hint(m.field(), names),
              "use one of the fields of '" + m.group().id() + "': " + String.join(", ", names)));
    }
    return out;
  }

  private String tooCostly(
      String expression, long steps, ExpressionCost cost, Optional<FieldDef> forEach, long rows) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "expression '%s' could take %s evaluation steps on the largest certificate this"
                    + " form allows",
                expression,
                steps == Long.MAX_VALUE
                    ? "more than 9e18"
                    : String.format(Locale.ROOT, "%,d", steps)));
    if (cost.deepest() == 1) {
      sb.append(
          String.format(Locale.ROOT, " (a comprehension over up to %,d rows)", cost.widest()));
    } else if (cost.deepest() > 1) {
      sb.append(
          String.format(
              Locale.ROOT,
              " (comprehensions nested %d deep, over up to %,d rows each)",
              cost.deepest(),
              cost.widest()));
    }
    forEach.ifPresent(
        g ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    ", evaluated once for each of up to %,d rows of '%s'",
                    rows,
                    g.id())));
    return sb.append(String.format(Locale.ROOT, "; the budget is %,d steps", budget.maxSteps()))
        .toString();
  }

  private Compiled refused(SourceRef at, String message, String fix) {
    return new Compiled(
        Optional.empty(), List.of(Diagnostic.error("rule.expression-cost", at, message, fix)));
  }

  /**
   * CEL's message without its namespace note ({@code (in container '')}: forms declare no
   * namespaces), and with the closest name in scope for an unknown variable.
   */
  private String explain(String celMessage, Optional<FieldDef> forEach) {
    String message = celMessage.replace(" (in container '')", "");
    Matcher unknown = UNDECLARED.matcher(message);
    if (!unknown.find()) {
      return message;
    }
    List<String> names = new ArrayList<>();
    for (EnvelopeVariable envelope : EnvelopeVariable.values()) {
      names.add(envelope.id());
    }
    fields.forEach(f -> names.add(f.id()));
    forEach.ifPresent(
        g -> {
          names.add("row");
          g.fields().forEach(f -> names.add(f.id()));
        });
    return message + DidYouMean.hint(unknown.group(1), names);
  }

  private static String scope(Optional<FieldDef> forEach) {
    return forEach
        .map(g -> "it is evaluated once per row of '" + g.id() + "'")
        .orElse("it is evaluated once on the whole certificate");
  }

  private long rows(FieldDef group) {
    int max = group.spec() instanceof FieldSpec.Group g ? g.maxItems() : Integer.MAX_VALUE;
    return max == Integer.MAX_VALUE ? budget.assumedRows() : max;
  }

  /**
   * The most elements of each group, by field id. Money and quantity maps are not bounded here: a
   * certificate may carry extra keys (a {@code field.type} finding, but the rules still run), so
   * they get the assumed size.
   */
  private Map<String, Long> sizes() {
    Map<String, Long> out = new HashMap<>();
    for (FieldDef f : fields) {
      if (f.isGroup()) {
        out.put(f.id(), rows(f));
        f.fields().stream()
            .filter(FieldDef::isGroup)
            .forEach(c -> out.putIfAbsent(c.id(), rows(c)));
      }
    }
    return out;
  }

  private CelCompiler compilerFor(Optional<FieldDef> row) {
    CelCompilerBuilder b =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(options)
            .setStandardEnvironmentEnabled(false)
            .setStandardDeclarations(standard)
            .setResultType(SimpleType.BOOL)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addFunctionDeclarations(functionDeclarations());
    for (EnvelopeVariable envelope : EnvelopeVariable.values()) {
      b.addVar(envelope.id(), SimpleType.STRING);
    }
    for (FieldDef f : fields) {
      b.addVar(f.id(), celType(f));
    }
    row.ifPresent(
        g -> {
          b.addVar("row", SimpleType.INT);
          for (FieldDef f : g.fields()) {
            b.addVar(f.id(), celType(f));
          }
        });
    return b.build();
  }

  /**
   * CEL's standard declarations, filtered for {@code options} exactly as cel-java 0.11.1's checker
   * does ({@code Env.standard}) when it builds them itself, which it does again for every
   * expression: built here once, they are shared by every compile of the form. {@code
   * ExpressionCompilerTest} checks that both accept and refuse the same expressions.
   */
  static CelStandardDeclarations standardDeclarations(CelOptions options) {
    return CelStandardDeclarations.newBuilder()
        .filterFunctions(
            (function, overload) -> {
              if (function == StandardFunction.INT) {
                return options.enableUnsignedLongs()
                    || !overload.equals(Conversions.INT64_TO_INT64);
              }
              if (function == StandardFunction.TIMESTAMP) {
                return options.enableTimestampEpoch()
                    || !overload.equals(Conversions.INT64_TO_TIMESTAMP);
              }
              return options.enableHeterogeneousNumericComparisons()
                  || !(overload instanceof Comparison comparison
                      && comparison.isHeterogeneousComparison());
            })
        .build();
  }

  static CelType celType(FieldDef f) {
    return switch (f.type()) {
      case TICK -> SimpleType.BOOL;
      case PERCENT -> SimpleType.DOUBLE;
      case MONEY, QUANTITY -> MapType.create(SimpleType.STRING, SimpleType.DYN);
      case GROUP -> ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN));
      default -> SimpleType.STRING;
    };
  }

  /** The zero value of a field's CEL type, used when the certificate leaves the field out. */
  static Object zero(FieldType type) {
    return switch (type) {
      case TICK -> false;
      case PERCENT -> 0.0;
      case MONEY, QUANTITY -> java.util.Map.of();
      case GROUP -> List.of();
      default -> "";
    };
  }

  private static List<CelFunctionDecl> functionDeclarations() {
    List<CelFunctionDecl> out = new ArrayList<>();
    for (FormFunction f : FormFunction.values()) {
      out.add(
          CelFunctionDecl.newFunctionDeclaration(
              f.id(),
              CelOverloadDecl.newGlobalOverload(f.overloadId(), f.result(), f.parameters())));
    }
    return out;
  }

  /** The outcome of compiling one expression: a condition, or the diagnostics saying why not. */
  public record Compiled(Optional<Condition> condition, List<Diagnostic> diagnostics) {
    public Compiled {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
