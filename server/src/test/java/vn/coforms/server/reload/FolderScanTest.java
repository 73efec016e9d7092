package vn.coforms.server.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The polling fallback for file systems that cannot watch. */
class FolderScanTest {
  static final Duration NOW = Duration.ofMillis(1);

  @Test
  void seesNothingWhenNothingChanged(@TempDir Path forms) throws Exception {
    Files.writeString(forms.resolve("d.yaml"), "id: d\n");
    FolderScan scan = new FolderScan(forms);

    assertThat(scan.await(NOW)).isFalse();
  }

  @Test
  void seesAFileWrittenAddedOrDeletedInAnyFolder(@TempDir Path forms) throws Exception {
    Files.writeString(forms.resolve("d.yaml"), "id: d\n");
    FolderScan scan = new FolderScan(forms);

    Files.writeString(forms.resolve("d.yaml"), "id: d\ncode: D\n");
    assertThat(scan.await(NOW)).isTrue();
    assertThat(scan.await(NOW)).isFalse();

    Files.writeString(Files.createDirectories(forms.resolve("common")).resolve("t.yaml"), "x: 1\n");
    assertThat(scan.await(NOW)).isTrue();

    Files.delete(forms.resolve("d.yaml"));
    assertThat(scan.await(NOW)).isTrue();
  }

  @Test
  void endsOnceClosed(@TempDir Path forms) {
    FolderScan scan = new FolderScan(forms);
    scan.close();

    assertThatThrownBy(() -> scan.await(NOW)).isInstanceOf(ClosedWatchServiceException.class);
  }
}
