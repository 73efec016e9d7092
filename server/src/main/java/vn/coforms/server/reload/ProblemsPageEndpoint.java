package vn.coforms.server.reload;

import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.server.http.Endpoint;
import vn.coforms.server.http.Reply;

/**
 * {@code GET /forms/{id}/problems}: the problems of one form as an HTML page; 404 with a page that
 * says so when the folder has no such form.
 */
final class ProblemsPageEndpoint implements Endpoint {
  static final String HTML = "text/html; charset=utf-8";
  private final FormProblems problems;
  private final CurrentCatalogue catalogue;
  private final ProblemsPage page;

  ProblemsPageEndpoint(FormProblems problems, CurrentCatalogue catalogue, ProblemsPage page) {
    this.problems = problems;
    this.catalogue = catalogue;
    this.page = page;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) {
    String id = params.getOrDefault("id", "");
    return FormStatus.of(id, problems, catalogue)
        .filter(FormStatus::known)
        .map(s -> new Reply(200, HTML, page.render(s.id(), true, s.served(), s.problems())))
        .orElseGet(
            () ->
                new Reply(
                    404,
                    HTML,
                    page.render(
                        id.length() > 64 ? id.substring(0, 64) + "…" : id,
                        false,
                        false,
                        List.of())));
  }
}
