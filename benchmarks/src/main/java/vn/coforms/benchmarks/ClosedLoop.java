package vn.coforms.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Runs one phase: {@code workers} threads each repeat a {@link Call} back to back (a closed loop: a
 * worker sends its next request when the last one is answered) for the warm-up, then for the
 * measured window. Only calls that start and end inside the window count; each one's latency goes
 * into a histogram (1 µs to 60 s, 3 significant digits). Workers go on until the CPU counters are
 * read at the window's end, so that every thread's CPU is still there to be read.
 */
final class ClosedLoop {
  private static final long MAX_LATENCY_NANOS = Duration.ofSeconds(60).toNanos();

  private final Duration warmUp;
  private final Duration measure;

  ClosedLoop(Duration warmUp, Duration measure) {
    this.warmUp = warmUp;
    this.measure = measure;
  }

  PhaseResult run(String name, int workers, Call call) throws InterruptedException {
    long start = System.nanoTime();
    long windowStart = start + warmUp.toNanos();
    long windowEnd = windowStart + measure.toNanos();
    List<Histogram> histograms = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>("");
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(workers);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Histogram h = new Histogram(1_000, MAX_LATENCY_NANOS, 3);
      histograms.add(h);
      Thread t =
          new Thread(
              () -> {
                try {
                  loop(call, h, windowStart, windowEnd, stop, errors, firstError);
                } finally {
                  done.countDown();
                }
              },
              ThreadNames.WORKER + name + "-" + w);
      t.setDaemon(true);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    sleepUntil(windowStart);
    CpuSnapshot before = CpuSnapshot.take();
    sleepUntil(windowEnd);
    CpuSnapshot after = CpuSnapshot.take();
    stop.set(true);
    done.await();
    Histogram all = new Histogram(1_000, MAX_LATENCY_NANOS, 3);
    histograms.forEach(all::add);
    return PhaseResult.of(
        name,
        workers,
        measure,
        all,
        errors.get(),
        String.valueOf(firstError.get()),
        after.since(before));
  }

  private static void loop(
      Call call,
      Histogram latencies,
      long windowStart,
      long windowEnd,
      AtomicBoolean stop,
      AtomicLong errors,
      AtomicReference<String> firstError) {
    while (!stop.get()) {
      long t0 = System.nanoTime();
      Optional<String> wrong;
      try {
        wrong = call.run();
      } catch (Exception e) {
        wrong = Optional.of(e.toString());
      }
      long t1 = System.nanoTime();
      if (t0 >= windowStart && t1 <= windowEnd) {
        if (wrong.isPresent()) {
          errors.incrementAndGet();
          firstError.compareAndSet("", wrong.get());
        } else {
          latencies.recordValue(Math.min(Math.max(t1 - t0, 1_000), MAX_LATENCY_NANOS));
        }
      }
    }
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, left / 1_000_000), 0);
    }
  }
}
