package vn.coforms.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.framework.model.Catalogue;
import vn.coforms.samples.Samples;
import vn.coforms.server.TestServers;

/** A server over the bundled forms on a free port, in process, and a client that speaks to it. */
final class RunningServer {
  final ObjectMapper mapper = JsonMapper.builder().build();
  final HttpClient client = HttpClient.newHttpClient();
  final List<String> log = new ArrayList<>();
  final Catalogue catalogue;
  final CoformsServer server;

  RunningServer() throws Exception {
    this.catalogue = TestServers.bundled();
    this.server = TestServers.api(new CurrentCatalogue(catalogue), log::add);
    server.start();
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofString());
  }

  HttpResponse<byte[]> postForBytes(String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofByteArray());
  }

  JsonNode json(HttpResponse<String> response) throws IOException {
    return mapper.readTree(response.body());
  }

  static String sample(String form, String name) {
    return Samples.of(form).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .text();
  }

  void stop() throws Exception {
    server.stop();
  }
}
