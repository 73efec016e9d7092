package vn.coforms.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns answers into JSON bodies with the one mapper the composition root built. Thread-safe. */
final class JsonBodies {
  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM = "application/problem+json; charset=utf-8";
  private final ObjectMapper mapper;

  JsonBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Reply ok(Object body) {
    return reply(200, body);
  }

  Reply reply(int status, Object body) {
    return new Reply(status, JSON, bytes(body));
  }

  Reply problem(Problem problem, String instance) {
    return new Reply(problem.status(), PROBLEM, bytes(problem.members(instance)));
  }

  private byte[] bytes(Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the answer cannot be written as JSON", e);
    }
  }
}
