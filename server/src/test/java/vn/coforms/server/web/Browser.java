package vn.coforms.server.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser without JavaScript does with the screens: keeps cookies, reads pages, and sends a
 * form with the values its controls hold (text as typed, ticked boxes only, the selected option).
 */
final class Browser {
  final URI base;
  final HttpClient client;

  Browser(URI base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(), BodyHandlers.ofString());
  }

  Document page(String path) throws Exception {
    return Jsoup.parse(get(path).body(), base.resolve(path).toString());
  }

  /** The element {@code id} of {@code page}; fails the test if there is none. */
  static Element byId(Element page, String id) {
    Element e = page.getElementById(id);
    if (e == null) {
      throw new AssertionError("no element #" + id);
    }
    return e;
  }

  /** The first element {@code css} selects in {@code root}; fails the test if there is none. */
  static Element one(Element root, String css) {
    Element e = root.selectFirst(css);
    if (e == null) {
      throw new AssertionError("nothing matches " + css);
    }
    return e;
  }

  /** The pairs the form {@code #id} of {@code page} sends, in document order. */
  static List<Map.Entry<String, String>> values(Document page, String id) {
    Element form = byId(page, id);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (Element e : form.select("input[name], textarea[name], select[name]")) {
      String name = e.attr("name");
      if (e.tagName().equals("textarea")) {
        out.add(Map.entry(name, textarea(e)));
      } else if (e.tagName().equals("select")) {
        Element chosen =
            e.select("option[selected]").isEmpty() ? one(e, "option") : one(e, "option[selected]");
        out.add(Map.entry(name, chosen.attr("value")));
      } else if (e.attr("type").equals("checkbox")) {
        if (e.hasAttr("checked")) {
          out.add(Map.entry(name, e.attr("value")));
        }
      } else if (!e.attr("type").equals("file")) {
        out.add(Map.entry(name, e.attr("value")));
      }
    }
    return out;
  }

  /**
   * What a textarea holds: its text exactly, without the one line break after the start tag that
   * the HTML parser drops.
   */
  static String textarea(Element e) {
    String text = e.wholeText();
    return text.startsWith("\n") ? text.substring(1) : text;
  }

  /** Sends {@code pairs} to {@code path} as a browser posts a form. */
  <T> HttpResponse<T> post(
      String path, List<Map.Entry<String, String>> pairs, HttpResponse.BodyHandler<T> handler)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(encode(pairs)))
            .build(),
        handler);
  }

  static String encode(List<Map.Entry<String, String>> pairs) {
    return pairs.stream()
        .map(
            p ->
                URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Posts the screen {@code page} with {@code action}, as its button would. */
  HttpResponse<String> press(Document page, String action) throws Exception {
    List<Map.Entry<String, String>> pairs = new ArrayList<>(values(page, "certificate"));
    pairs.add(Map.entry("action", action));
    return post(byId(page, "certificate").attr("action"), pairs, BodyHandlers.ofString());
  }

  Document parse(HttpResponse<String> response) {
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  /** Uploads {@code json} as the data file of the screen {@code page}. */
  HttpResponse<String> open(Document page, String fileName, byte[] json) throws Exception {
    String token = one(page, "#open-data input[name=_csrf]").attr("value");
    return client.send(
        HttpRequest.newBuilder(base.resolve(byId(page, "open-data").attr("action")))
            .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
            .POST(BodyPublishers.ofByteArray(Multipart.body(token, fileName, json)))
            .build(),
        BodyHandlers.ofString());
  }
}
