package vn.coforms.server.reload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import vn.coforms.framework.load.CurrentCatalogue;
import vn.coforms.server.http.Endpoint;
import vn.coforms.server.http.Problem;
import vn.coforms.server.http.ProblemException;
import vn.coforms.server.http.Reply;

/**
 * {@code GET /api/forms/{id}/problems}: whether the form is served and the problems of its file and
 * of the shared fragments it uses (file, line, column, severity, code, message, fix); an empty list
 * when it is clean. A form whose first version is broken has problems and is not served.
 */
final class ProblemsJsonEndpoint implements Endpoint {
  private final FormProblems problems;
  private final CurrentCatalogue catalogue;
  private final ObjectMapper mapper;

  ProblemsJsonEndpoint(FormProblems problems, CurrentCatalogue catalogue, ObjectMapper mapper) {
    this.problems = problems;
    this.catalogue = catalogue;
    this.mapper = mapper;
  }

  @Override
  public Reply handle(Request request, Map<String, String> params) throws JsonProcessingException {
    String id = params.getOrDefault("id", "");
    Optional<FormStatus> status = FormStatus.of(id, problems, catalogue).filter(FormStatus::known);
    if (status.isEmpty()) {
      throw new ProblemException(
          new Problem(
              "unknown-form",
              "Unknown form",
              404,
              "no form '"
                  + (id.length() > 64 ? id.substring(0, 64) + "…" : id)
                  + "' is in the forms folder; GET /api/forms lists the forms served"));
    }
    FormStatus s = status.get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("form", s.id());
    body.put("served", s.served());
    body.put("problems", s.problems().stream().map(ProblemsJsonEndpoint::json).toList());
    return new Reply(200, "application/json; charset=utf-8", mapper.writeValueAsBytes(body));
  }

  private static Map<String, Object> json(FormProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.file());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("severity", p.severity());
    m.put("code", p.code());
    m.put("message", p.message());
    m.put("fix", p.fix());
    return m;
  }
}
