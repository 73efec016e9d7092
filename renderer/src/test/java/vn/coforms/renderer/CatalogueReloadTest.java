package vn.coforms.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.load.FormLoader;
import vn.coforms.framework.load.LoadResult;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.framework.testkit.DefinitionTestHelper;
import vn.coforms.framework.validate.Finding;
import vn.coforms.renderer.layout.PageModel;
import vn.coforms.samples.Samples;

/**
 * A reloaded catalogue replaces the one in force atomically: requests that validate and lay out
 * certificates while another thread swaps snapshots each see one snapshot, wholly, and a reload
 * with errors leaves the snapshot in force untouched.
 *
 * <p>The two snapshots differ in Form D's box label "Reference No." (printed on the page model) and
 * in the message of rule d.fob.only-with-rvc (printed in findings), so a request that mixed them
 * would show one of each.
 */
class CatalogueReloadTest {
  static final String OLD_LABEL = "label: \"Reference No.\"";
  static final String NEW_LABEL = "label: \"Reference Nr.\"";
  static final String OLD_MESSAGE = "The FOB price is given in Box 9";
  static final String NEW_MESSAGE = "The FOB value is given in Box 9";
  static final int READERS = 3;
  static final int LEAST_REQUESTS_PER_READER = 20;

  static LoadResult old;
  static LoadResult next;
  static LoadResult broken;
  static Certificate valid;
  static Certificate fobWithoutRvc;

  @BeforeAll
  static void loadThreeFolders(@TempDir Path tmp) throws IOException {
    old = load(tmp.resolve("old"), d -> d);
    next =
        load(
            tmp.resolve("next"),
            d -> d.replace(OLD_LABEL, NEW_LABEL).replace(OLD_MESSAGE, NEW_MESSAGE));
    broken =
        load(
            tmp.resolve("broken"), d -> d.replace("numberField: referenceNo", "numberField: nope"));
    valid = sample("valid-basic");
    fobWithoutRvc = sample("invalid-fob-without-rvc");
  }

  @Test
  void theTwoSnapshotsDifferInVersionLabelAndMessage() {
    assertThat(old.hasErrors()).isFalse();
    assertThat(next.hasErrors()).isFalse();
    assertThat(old.catalogue().version()).isNotEqualTo(next.catalogue().version());
    assertThat(generationOf(old.catalogue())).isEqualTo("old");
    assertThat(generationOf(next.catalogue())).isEqualTo("next");
  }

  @Nested
  class AReloadWithErrors {
    @Test
    void keepsTheSnapshotInForceAndReportsWhy() {
      CurrentCatalogue current = new CurrentCatalogue(old.catalogue());
      CurrentCatalogue.Reload reload = current.replace(broken);
      assertThat(reload.replaced()).isFalse();
      assertThat(reload.inForce()).isSameAs(old.catalogue());
      assertThat(current.get()).isSameAs(old.catalogue());
      assertThat(reload.diagnostics())
          .extracting(d -> d.render())
          .anyMatch(r -> r.contains("d.yaml:") && r.contains("error[form.number-field]"));
    }
  }

  @Nested
  class AReloadWithoutErrors {
    @Test
    void isInForceForTheNextRequest() {
      CurrentCatalogue current = new CurrentCatalogue(old.catalogue());
      CurrentCatalogue.Reload reload = current.replace(next);
      assertThat(reload.replaced()).isTrue();
      assertThat(current.get()).isSameAs(next.catalogue());
      assertThat(requestOn(current.get()).generation()).isEqualTo("next");
    }
  }

  @Test
  void requestsDuringSwapsEachSeeOneWholeSnapshot() {
    assertTimeoutPreemptively(Duration.ofMinutes(2), this::swapWhileReading);
  }

  private void swapWhileReading() throws Exception {
    CurrentCatalogue current = new CurrentCatalogue(old.catalogue());
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch readersDone = new CountDownLatch(READERS);
    Set<String> refusedReloadsChangedTheSnapshot = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
    try {
      Future<Integer> writer =
          pool.submit(
              () -> {
                start.await();
                int swaps = 0;
                while (readersDone.getCount() > 0) {
                  Catalogue before = current.get();
                  if (current.replace(broken).replaced() || current.get() != before) {
                    refusedReloadsChangedTheSnapshot.add("swap " + swaps);
                  }
                  current.replace(swaps % 2 == 0 ? next : old);
                  swaps++;
                }
                return swaps;
              });
      List<Future<List<Request>>> readers = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        readers.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return readUntilBothSeen(current);
                  } finally {
                    readersDone.countDown();
                  }
                }));
      }
      start.countDown();
      List<Request> all = new ArrayList<>();
      for (Future<List<Request>> reader : readers) {
        all.addAll(reader.get());
      }
      assertThat(writer.get()).isPositive();
      assertThat(refusedReloadsChangedTheSnapshot).isEmpty();
      assertThat(all)
          .allSatisfy(
              r -> {
                assertThat(r.findings()).as("findings of %s", r).isEqualTo(r.generation());
                assertThat(r.page()).as("page model of %s", r).isEqualTo(r.generation());
              });
      assertThat(all.stream().map(Request::generation).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder("old", "next");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Requests until this reader has made at least {@value #LEAST_REQUESTS_PER_READER} and seen both
   * snapshots; the writer swaps until every reader is done, so both come round.
   */
  private static List<Request> readUntilBothSeen(CurrentCatalogue current) {
    List<Request> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    while (out.size() < LEAST_REQUESTS_PER_READER || seen.size() < 2) {
      Request r = requestOn(current.get());
      seen.add(r.generation());
      out.add(r);
    }
    return out;
  }

  /** What one request saw: the snapshot it took, and which one its findings and page came from. */
  record Request(String generation, String findings, String page) {}

  /** One request: validates the invalid sample and lays out the valid one on one snapshot. */
  static Request requestOn(Catalogue snapshot) {
    List<Finding> findings = RenderFixture.VALIDATOR.validate(snapshot, fobWithoutRvc);
    String messages =
        findings.stream().map(f -> f.message().en()).collect(Collectors.joining("\n"));
    PageModel model = RenderFixture.RENDERER.layout(snapshot, valid, RenderOptions.defaults());
    String page = model.describe();
    return new Request(
        generationOf(snapshot),
        which(messages, OLD_MESSAGE, NEW_MESSAGE),
        which(page, "Reference No.", "Reference Nr."));
  }

  private static String generationOf(Catalogue snapshot) {
    return snapshot.version().equals(old.catalogue().version()) ? "old" : "next";
  }

  /** "old", "next", or "mixed" when the text holds both markers or neither. */
  private static String which(String text, String oldMarker, String newMarker) {
    boolean o = text.contains(oldMarker);
    boolean n = text.contains(newMarker);
    return o == n ? "mixed" : o ? "old" : "next";
  }

  private static LoadResult load(Path dir, java.util.function.UnaryOperator<String> editFormD)
      throws IOException {
    DefinitionTestHelper.copyRepositoryForms(dir);
    Path d = dir.resolve("d.yaml");
    Files.writeString(
        d, editFormD.apply(Files.readString(d, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    return FormLoader.standard().load(dir);
  }

  private static Certificate sample(String name) {
    return Samples.of("d").stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .certificate(RenderFixture.READER);
  }
}
