package vn.coforms.framework.certificate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
      YAMLParser y = (YAMLParser) p;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (y.isCurrentAlias()) {
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
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static SourceRef at(String file, JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return new SourceRef(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
  }
}
