package vn.coforms.framework.expr;

import dev.cel.common.CelOptions;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

  // CEL's bindings are @Immutable; these lambdas read the form's criteria and the holiday
  // calendar, both records built with List.copyOf / Set.copyOf and never changed after load.
  @SuppressWarnings("Immutable")
  CelRuntime runtime(CelOptions options) {
    return CelRuntimeFactory.standardCelRuntimeBuilder()
        .setOptions(options)
        .addFunctionBindings(
            CelFunctionBinding.from(
                "usesRvc_string",
                String.class,
                s -> kind(s).map(CriterionKind::usesRvc).orElse(false)),
            CelFunctionBinding.from(
                "criterionKind_string",
                String.class,
                s -> kind(s).map(CriterionKind::id).orElse("")),
            CelFunctionBinding.from(
                "rvc_string",
                String.class,
                s -> kind(s).map(k -> k.rvcOf(s.strip()).orElse(0.0)).orElse(0.0)),
            CelFunctionBinding.from("blank_string", String.class, String::isBlank),
            CelFunctionBinding.from(
                "daysBetween_string_string",
                String.class,
                String.class,
                (a, b) -> count(a, b, (x, y) -> ChronoUnit.DAYS.between(x, y))),
            CelFunctionBinding.from(
                "workingDaysBetween_string_string",
                String.class,
                String.class,
                (a, b) -> count(a, b, workingDays::between)))
        .build();
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
