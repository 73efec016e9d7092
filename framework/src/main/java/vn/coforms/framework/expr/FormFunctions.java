package vn.coforms.framework.expr;

import dev.cel.common.CelOptions;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongBiFunction;
import vn.coforms.framework.certificate.CertificateDate;
import vn.coforms.framework.model.Criteria;
import vn.coforms.framework.model.CriterionKind;
import vn.coforms.framework.model.WorkingDays;

/** The custom CEL functions, bound to one form's criteria grammar and the working-day calendar. */
public final class FormFunctions {
  private final Optional<Criteria> criteria;
  private final WorkingDays workingDays;

  public FormFunctions(Optional<Criteria> criteria, WorkingDays workingDays) {
    this.criteria = criteria;
    this.workingDays = workingDays;
  }

  CelRuntime runtime(CelOptions options) {
    List<CelFunctionBinding> bindings = new ArrayList<>();
    for (FormFunction f : FormFunction.values()) {
      bindings.add(binding(f));
    }
    return CelRuntimeFactory.standardCelRuntimeBuilder()
        .setOptions(options)
        .addFunctionBindings(bindings)
        .build();
  }

  // CEL's bindings are @Immutable; these lambdas read the form's criteria and the holiday
  // calendar, both records built with List.copyOf / Set.copyOf and never changed after load.
  @SuppressWarnings("Immutable")
  private CelFunctionBinding binding(FormFunction f) {
    String overload = f.overloadId();
    return switch (f) {
      case USES_RVC ->
          CelFunctionBinding.from(
              overload, String.class, s -> kind(s).map(CriterionKind::usesRvc).orElse(false));
      case CRITERION_KIND ->
          CelFunctionBinding.from(
              overload, String.class, s -> kind(s).map(CriterionKind::id).orElse(""));
      case RVC ->
          CelFunctionBinding.from(
              overload,
              String.class,
              s -> kind(s).map(k -> k.rvcOf(s.strip()).orElse(0.0)).orElse(0.0));
      case BLANK -> CelFunctionBinding.from(overload, String.class, String::isBlank);
      case DAYS_BETWEEN ->
          CelFunctionBinding.from(
              overload,
              String.class,
              String.class,
              (a, b) -> count(a, b, (x, y) -> ChronoUnit.DAYS.between(x, y)));
      case WORKING_DAYS_BETWEEN ->
          CelFunctionBinding.from(
              overload, String.class, String.class, (a, b) -> count(a, b, workingDays::between));
    };
  }

  private Optional<CriterionKind> kind(String value) {
    return criteria.flatMap(c -> c.classify(value));
  }

  /**
   * Counts between two certificate dates; 0 when either is not a date the field check accepts (that
   * check reports it), so no count ever spans more than the supported years.
   */
  private static long count(String a, String b, ToLongBiFunction<LocalDate, LocalDate> days) {
    Optional<LocalDate> from = CertificateDate.parse(a);
    Optional<LocalDate> to = CertificateDate.parse(b);
    return from.isPresent() && to.isPresent() ? days.applyAsLong(from.get(), to.get()) : 0L;
  }
}
