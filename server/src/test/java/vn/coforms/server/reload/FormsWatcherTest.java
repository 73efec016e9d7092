package vn.coforms.server.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;

/** The watcher as a service: its thread, what a stop leaves behind, and a new sub-folder. */
class FormsWatcherTest {
  final List<String> log = new CopyOnWriteArrayList<>();

  FormsWatcher watcher(Path forms) {
    CurrentCatalogue current = new CurrentCatalogue(Catalogue.empty());
    FormProblems problems = new FormProblems();
    Reloader reloader = new Reloader(forms, FormLoader.standard(), current, problems, log::add);
    reloader.started(new LoadResult(List.of(), List.of(), List.of(), Catalogue.empty()));
    return new FormsWatcher(forms, reloader, Clock.systemUTC(), log::add);
  }

  static List<Thread> reloadThreads() {
    List<Thread> found = new ArrayList<>();
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(FormsWatcher.THREAD) && t.isAlive())
        .forEach(found::add);
    return found;
  }

  @Test
  void runsOneDaemonThreadNamedCoformsReloadUntilStopped(@TempDir Path forms) throws Exception {
    List<Thread> before = reloadThreads();
    FormsWatcher watcher = watcher(forms);
    watcher.start();
    List<Thread> started = reloadThreads();
    started.removeAll(before);
    assertThat(started).hasSize(1);
    assertThat(started.get(0).isDaemon()).isTrue();

    watcher.stop();

    assertThat(watcher.watching()).isFalse();
    assertThat(started.get(0).isAlive()).isFalse();
  }

  @Test
  void reloadsWhenAFileChangesInAFolderCreatedAfterItStarted(@TempDir Path forms) throws Exception {
    FormsWatcher watcher = watcher(forms);
    watcher.start();
    try {
      Path common = Files.createDirectories(forms.resolve("common"));
      await().atMost(Duration.ofSeconds(20)).until(() -> reloads() == 1);

      Files.writeString(common.resolve("texts.yaml"), "texts: {}\n");

      await().atMost(Duration.ofSeconds(20)).until(() -> reloads() == 2);
    } finally {
      watcher.stop();
    }
  }

  long reloads() {
    return log.stream().filter(l -> l.startsWith("forms reloaded from")).count();
  }
}
