package vn.coforms.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load run's results: the phases side by side as a table, the HTTP/in-process ratios, the
 * machine, and the same as JSON.
 */
record LoadReport(Map<String, Object> machine, List<PhaseResult> phases) {

  /** The HTTP phase's throughput as a share of its in-process twin's (0.8 = 80 %). */
  double ratio(String http, String inProcess) {
    return find(http).perSecond() / find(inProcess).perSecond();
  }

  private PhaseResult find(String name) {
    return phases.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no phase " + name));
  }

  String table() {
    StringBuilder t = new StringBuilder();
    t.append(
        String.format(
            Locale.ROOT,
            "%-18s %7s %9s %9s %9s %9s %9s %7s %22s%n",
            "phase",
            "workers",
            "req/s",
            "median ms",
            "p99 ms",
            "p99.9 ms",
            "max ms",
            "errors",
            "CPU ms/req srv/cli/all"));
    for (PhaseResult p : phases) {
      t.append(
          String.format(
              Locale.ROOT,
              "%-18s %7d %9.1f %9.3f %9.3f %9.3f %9.3f %7d %8.3f/%6.3f/%6.3f%n",
              p.name(),
              p.workers(),
              p.perSecond(),
              p.medianMs(),
              p.p99Ms(),
              p.p999Ms(),
              p.maxMs(),
              p.errors(),
              p.serverCpuMsPerCall(),
              p.clientCpuMsPerCall(),
              p.processCpuMsPerCall()));
    }
    t.append(
        String.format(
            Locale.ROOT,
            "HTTP/in-process throughput: validate %.0f %%, render %.0f %%%n",
            100 * ratio(LoadRun.VALIDATE_HTTP, LoadRun.VALIDATE),
            100 * ratio(LoadRun.RENDER_HTTP, LoadRun.RENDER)));
    phases.stream()
        .filter(p -> p.errors() > 0)
        .forEach(p -> t.append("errors in ").append(p.name()).append(": ").append(p.firstError()));
    return t.toString();
  }

  void writeJson(Path file) throws IOException {
    ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("machine", machine);
    root.put("phases", phases);
    root.put(
        "ratios",
        Map.of(
            "validate", ratio(LoadRun.VALIDATE_HTTP, LoadRun.VALIDATE),
            "render", ratio(LoadRun.RENDER_HTTP, LoadRun.RENDER)));
    mapper.writeValue(file.toFile(), root);
  }
}
