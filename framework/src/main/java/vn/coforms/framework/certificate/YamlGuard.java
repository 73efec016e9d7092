package vn.coforms.framework.certificate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Optional;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;

/**
 * Checks a YAML document in one streaming pass for what Jackson's YAML reader lets through: an
 * alias ({@code *name}), which it reads as the text "name", and a scalar longer than the limit JSON
 * strings have. Used for certificate data and form files alike.
 */
public final class YamlGuard {
  private YamlGuard() {}

  /**
   * Returns a located error for the first alias or over-long scalar in {@code text}, or empty if
   * there is none. Syntax errors are left to the real parse.
   */
  public static Optional<Diagnostic> check(
      YAMLFactory yaml, String file, String text, int maxScalarChars) {
    try (JsonParser p = yaml.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        Optional<Diagnostic> problem = problemAt(p, file, maxScalarChars);
        if (problem.isPresent()) {
          return problem;
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Returns a located error if the token {@code p} stands on is an alias or a scalar longer than
   * {@code maxScalarChars}, so a reader that walks the tokens anyway can check them on its way.
   *
   * @param p a parser created by a {@link YAMLFactory}, positioned on a token
   */
  public static Optional<Diagnostic> problemAt(JsonParser p, String file, int maxScalarChars)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return Optional.empty();
    }
    if (isAlias(p)) {
      return Optional.of(
          Diagnostic.error(
              "yaml.alias",
              at(file, p),
              "YAML aliases are not supported: '*" + p.getText() + "' would be read as text",
              "write the value out in full where it is used"));
    }
    if (t.isScalarValue() && p.getTextLength() > maxScalarChars) {
      return Optional.of(
          Diagnostic.error(
              "yaml.too-long",
              at(file, p),
              "a value of "
                  + p.getTextLength()
                  + " characters; at most "
                  + maxScalarChars
                  + " are accepted",
              "shorten the value"));
    }
    return Optional.empty();
  }

  private static boolean isAlias(JsonParser p) {
    JsonParser inner = p instanceof JsonParserDelegate d ? d.delegate() : p;
    return inner instanceof YAMLParser y && y.isCurrentAlias();
  }

  private static SourceRef at(String file, JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return new SourceRef(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
  }
}
