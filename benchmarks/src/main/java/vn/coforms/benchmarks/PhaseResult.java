package vn.coforms.benchmarks;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured: successful calls per second, latency percentiles in milliseconds,
 * errors, and the CPU milliseconds each call cost the server, the client and the whole process.
 */
record PhaseResult(
    String name,
    int workers,
    double seconds,
    long calls,
    long errors,
    String firstError,
    double perSecond,
    double medianMs,
    double p99Ms,
    double p999Ms,
    double maxMs,
    double serverCpuMsPerCall,
    double clientCpuMsPerCall,
    double processCpuMsPerCall) {

  static PhaseResult of(
      String name,
      int workers,
      Duration window,
      Histogram latencies,
      long errors,
      String firstError,
      CpuSnapshot.CpuSpent cpu) {
    double seconds = window.toNanos() / 1e9;
    long calls = latencies.getTotalCount();
    double per = Math.max(calls, 1);
    return new PhaseResult(
        name,
        workers,
        seconds,
        calls,
        errors,
        firstError,
        calls / seconds,
        ms(latencies.getValueAtPercentile(50)),
        ms(latencies.getValueAtPercentile(99)),
        ms(latencies.getValueAtPercentile(99.9)),
        ms(latencies.getMaxValue()),
        cpu.server() / 1e6 / per,
        cpu.client() / 1e6 / per,
        cpu.process() < 0 ? -1 : cpu.process() / 1e6 / per);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
