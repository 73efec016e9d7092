package vn.coforms.benchmarks;

/** The thread name prefixes by which {@link CpuSnapshot} tells the server, client and workers. */
final class ThreadNames {
  /** The load generator's closed-loop workers. */
  static final String WORKER = "load-worker-";

  /** The HTTP client's own threads (selectors, callbacks). */
  static final String CLIENT = "load-client-";

  /** The JDK client's selector thread, which takes no name from us. */
  static final String JDK_SELECTOR = "HttpClient-";

  /** Jetty's default server pool. */
  static final String SERVER = "qtp";

  private ThreadNames() {}

  /** Whose CPU a thread of this name spends. */
  static Side side(String name) {
    if (name.startsWith(SERVER)) {
      return Side.SERVER;
    }
    if (name.startsWith(WORKER) || name.startsWith(CLIENT) || name.startsWith(JDK_SELECTOR)) {
      return Side.CLIENT;
    }
    return Side.OTHER;
  }

  /** Who spends the CPU: the server, the load generator with its HTTP client, or the JVM. */
  enum Side {
    SERVER,
    CLIENT,
    OTHER
  }
}
