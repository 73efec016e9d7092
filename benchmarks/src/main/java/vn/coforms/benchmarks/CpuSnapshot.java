package vn.coforms.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time every live thread has used so far, and the whole process's: taken at the start and
 * end of a measured window, their difference says who spent the CPU (server, client, JVM).
 */
record CpuSnapshot(Map<Long, Long> threadNanos, Map<Long, ThreadNames.Side> sides, long process) {

  static CpuSnapshot take() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> nanos = new HashMap<>();
    Map<Long, ThreadNames.Side> sides = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = threads.getThreadCpuTime(info.getThreadId());
      if (cpu >= 0) {
        nanos.put(info.getThreadId(), cpu);
        sides.put(info.getThreadId(), ThreadNames.side(info.getThreadName()));
      }
    }
    return new CpuSnapshot(nanos, sides, processNanos());
  }

  /** The CPU time spent since {@code before}, by side and in total. */
  CpuSpent since(CpuSnapshot before) {
    Map<ThreadNames.Side, Long> spent = new EnumMap<>(ThreadNames.Side.class);
    threadNanos.forEach(
        (id, now) ->
            spent.merge(
                sides.getOrDefault(id, ThreadNames.Side.OTHER),
                now - before.threadNanos.getOrDefault(id, 0L),
                Long::sum));
    return new CpuSpent(
        spent.getOrDefault(ThreadNames.Side.SERVER, 0L),
        spent.getOrDefault(ThreadNames.Side.CLIENT, 0L),
        process < 0 || before.process < 0 ? -1 : process - before.process);
  }

  /**
   * CPU nanoseconds spent in a window: by the server's threads, by the load generator and its HTTP
   * client, and by the whole process (JIT and GC included; -1 when the JVM cannot say).
   */
  record CpuSpent(long server, long client, long process) {}

  private static long processNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
