package vn.coforms.framework.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.coforms.framework.testkit.DefinitionTestHelper;

class ProcedureTest {
  final Procedure procedure =
      DefinitionTestHelper.forResource("good/minimal.yaml").load().forms().get(0).procedure();

  @Test
  void theReducedFeeAppliesUntilTheEndOf2026() {
    assertThat(procedure.feeOn(LocalDate.of(2026, 12, 31)))
        .get()
        .satisfies(
            f -> {
              assertThat(f.issue()).isEqualTo(30_000);
              assertThat(f.reissue()).isEqualTo(15_000);
            });
  }

  @Test
  void theFullFeeAppliesFrom2027() {
    assertThat(procedure.feeOn(LocalDate.of(2027, 1, 1)))
        .get()
        .satisfies(
            f -> {
              assertThat(f.issue()).isEqualTo(60_000);
              assertThat(f.reissue()).isEqualTo(30_000);
              assertThat(f.source()).contains("36/2023/TT-BTC");
            });
  }

  @Test
  void noFeeIsDeclaredBeforeTheFirstSchedule() {
    assertThat(procedure.feeOn(LocalDate.of(2025, 6, 30))).isEmpty();
  }
}
