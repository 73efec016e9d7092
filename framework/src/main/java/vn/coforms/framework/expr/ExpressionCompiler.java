package vn.coforms.framework.expr;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
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
import java.util.List;
import java.util.Optional;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.model.FieldDef;
import vn.coforms.framework.model.FieldType;
import vn.coforms.framework.model.rule.Condition;

/**
 * Compiles the CEL expressions of one form, type-checked against the form's fields.
 *
 * <p>This is the only public entry point into {@code expr}. Variables and functions are those
 * documented in docs/format.md (rules). One instance per form; thread-safe once built.
 */
public final class ExpressionCompiler {
  private final CelCompiler topLevel;
  private final List<FieldDef> fields;
  private final CelRuntime runtime;

  public ExpressionCompiler(List<FieldDef> fields, FormFunctions functions) {
    this.fields = List.copyOf(fields);
    this.topLevel = compilerFor(Optional.empty());
    this.runtime = functions.runtime();
  }

  /**
   * Compiles a boolean expression in the top-level scope or in the row scope of {@code forEach}.
   */
  public Compiled compile(String expression, Optional<FieldDef> forEach, SourceRef at) {
    CelCompiler compiler = forEach.isEmpty() ? topLevel : compilerFor(forEach);
    CelValidationResult result = compiler.compile(expression);
    if (result.hasError()) {
      List<Diagnostic> out = new ArrayList<>();
      for (CelIssue issue : result.getErrors()) {
        var loc = issue.getSourceLocation();
        SourceRef where =
            loc.getLine() > 0 ? at.shift(loc.getLine() - 1, Math.max(loc.getColumn(), 0) + 1) : at;
        out.add(
            Diagnostic.error(
                "rule.expression",
                where,
                "expression '" + expression + "' does not compile: " + issue.getMessage(),
                "use the fields declared in this scope and the functions listed in docs/format.md"));
      }
      return new Compiled(Optional.empty(), out);
    }
    try {
      CelRuntime.Program program = runtime.createProgram(result.getAst());
      return new Compiled(Optional.of(new CelCondition(program, expression)), List.of());
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

  private CelCompiler compilerFor(Optional<FieldDef> row) {
    CelCompilerBuilder b =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setResultType(SimpleType.BOOL)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addFunctionDeclarations(functionDeclarations());
    for (String envelope : List.of("mode", "linkedNumber", "linkedDate", "linkedIssuer", "today")) {
      b.addVar(envelope, SimpleType.STRING);
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
    return List.of(
        CelFunctionDecl.newFunctionDeclaration(
            "usesRvc",
            CelOverloadDecl.newGlobalOverload(
                "usesRvc_string", SimpleType.BOOL, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "criterionKind",
            CelOverloadDecl.newGlobalOverload(
                "criterionKind_string", SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "rvc",
            CelOverloadDecl.newGlobalOverload("rvc_string", SimpleType.DOUBLE, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "blank",
            CelOverloadDecl.newGlobalOverload("blank_string", SimpleType.BOOL, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "daysBetween",
            CelOverloadDecl.newGlobalOverload(
                "daysBetween_string_string", SimpleType.INT, SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "workingDaysBetween",
            CelOverloadDecl.newGlobalOverload(
                "workingDaysBetween_string_string",
                SimpleType.INT,
                SimpleType.STRING,
                SimpleType.STRING)));
  }

  /** The outcome of compiling one expression: a condition, or the diagnostics saying why not. */
  public record Compiled(Optional<Condition> condition, List<Diagnostic> diagnostics) {
    public Compiled {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
