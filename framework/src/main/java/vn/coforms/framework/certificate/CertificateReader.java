package vn.coforms.framework.certificate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import vn.coforms.framework.diag.Diagnostic;
import vn.coforms.framework.diag.SourceRef;
import vn.coforms.framework.diag.Utf8Text;
import vn.coforms.framework.model.IssuanceMode;

/**
 * Reads certificate documents (JSON, or YAML for files ending in {@code .yaml}/{@code .yml}) into
 * {@link Certificate}s. Problems with the document itself (syntax, envelope shape) come back as
 * located diagnostics; problems with the field values are the validator's business.
 *
 * <p>Thread-safe. Documents are limited in size and nesting so hostile posts cannot exhaust memory.
 */
public final class CertificateReader {
  /**
   * The largest document accepted, in bytes of a file or characters of a string: 2 MB holds a
   * certificate with the absolute maximum of 1,000 item rows several times over.
   */
  public static final int MAX_BYTES = 2_000_000;

  private static final int MAX_CHARS = MAX_BYTES;
  private static final int MAX_DEPTH = 16;
  private static final int MAX_STRING = 100_000;
  private final ObjectMapper json;
  private final ObjectMapper yaml;
  private final YAMLFactory yamlFactory;
  private final EnvelopeCheck envelopeCheck;

  public CertificateReader() {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING)
            .maxDocumentLength(MAX_CHARS)
            .build();
    this.json =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an amount is kept as written: 26028.00 stays 26028.00 (not 26028, nor 1000.00 1E+3)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    this.json.getFactory().setStreamReadConstraints(limits);
    LoaderOptions yamlLimits = new LoaderOptions();
    yamlLimits.setCodePointLimit(MAX_CHARS);
    yamlLimits.setNestingDepthLimit(MAX_DEPTH);
    yamlLimits.setMaxAliasesForCollections(1);
    this.yamlFactory =
        YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(limits)
            .loaderOptions(yamlLimits)
            .build();
    this.yaml =
        new ObjectMapper(this.yamlFactory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    this.envelopeCheck = new EnvelopeCheck(json);
  }

  /** The outcome of reading: a certificate, or the diagnostics saying why there is none. */
  public record Read(Optional<Certificate> certificate, List<Diagnostic> diagnostics) {
    public Read {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Reads a document from {@code in}, named {@code file} in diagnostics, without ever holding more
   * than {@link #MAX_BYTES} of it: a larger input (a 1.5 GB file, {@code /dev/zero}) stops at the
   * limit with a {@code certificate.too-large} error. The stream is not closed.
   *
   * @throws IOException if reading the stream fails
   */
  public Read read(String file, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return failed(
          Diagnostic.error(
              "certificate.too-large",
              SourceRef.of(file),
              "the file is larger than " + MAX_BYTES + " bytes; reading stopped there",
              "split the goods over several certificates"));
    }
    Utf8Text.Decoded text = Utf8Text.decode(file, bytes, "certificate.encoding");
    if (text.problem().isPresent()) {
      return failed(text.problem().get());
    }
    return read(file, text.text().orElseThrow());
  }

  /**
   * Reads {@code text}, named {@code file} in diagnostics; YAML if the name ends in .yaml or .yml.
   */
  public Read read(String file, String text) {
    if (text.length() > MAX_CHARS) {
      return failed(
          Diagnostic.error(
              "certificate.too-large",
              SourceRef.of(file),
              "the document has "
                  + text.length()
                  + " characters; at most "
                  + MAX_CHARS
                  + " are accepted",
              "split the goods over several certificates"));
    }
    boolean isYaml = file.endsWith(".yaml") || file.endsWith(".yml");
    if (isYaml) {
      Optional<Diagnostic> unsafe = YamlGuard.check(yamlFactory, file, text, MAX_STRING);
      if (unsafe.isPresent()) {
        return failed(unsafe.get());
      }
    }
    ObjectMapper mapper = isYaml ? yaml : json;
    JsonNode tree;
    CertificateEnvelope envelope;
    JsonLocation[] last = {JsonLocation.NA};
    try (JsonParser parser = mapper.createParser(text)) {
      last[0] = parser.currentLocation();
      tree = readTree(mapper, parser, last);
      if (tree == null || !tree.isObject()) {
        return failed(
            Diagnostic.error(
                "certificate.shape",
                new SourceRef(file, 1, 1),
                "the document is not an object",
                "write {\"form\": \"d\", \"issuance\": {\"mode\": \"normal\"}, \"fields\": {…}}"));
      }
      List<Diagnostic> problems = envelopeCheck.check(file, text, tree, mapper);
      if (!problems.isEmpty()) {
        return new Read(Optional.empty(), problems);
      }
      envelope = mapper.treeToValue(tree, CertificateEnvelope.class);
    } catch (JsonProcessingException e) {
      return failed(located(file, e, last[0]));
    } catch (IOException e) {
      return failed(
          Diagnostic.error(
              "certificate.syntax",
              new SourceRef(file, 1, 1),
              "the document does not parse",
              "check brackets, commas and quotes"));
    }
    return new Read(Optional.of(toCertificate(envelope)), List.of());
  }

  private static Certificate toCertificate(CertificateEnvelope e) {
    CertificateEnvelope.IssuanceDocument issuance = e.issuance();
    IssuanceMode mode =
        issuance == null || issuance.mode() == null
            ? IssuanceMode.NORMAL
            : IssuanceMode.fromJson(issuance.mode()).orElseThrow();
    CertificateEnvelope.LinkedDocument l = issuance == null ? null : issuance.linked();
    LinkedCertificate linked =
        l == null
            ? LinkedCertificate.NONE
            : new LinkedCertificate(nz(l.number()), nz(l.date()), nz(l.issuer()));
    return new Certificate(
        java.util.Objects.requireNonNull(e.form(), "validated: form"),
        mode,
        linked,
        deepFreeze(e.fields()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepFreeze(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, freeze(v)));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Object freeze(Object v) {
    if (v instanceof Map) {
      return deepFreeze((Map<String, Object>) v);
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<Object>) v).forEach(x -> out.add(freeze(x)));
      return Collections.unmodifiableList(out);
    }
    return v;
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  /**
   * Reads the tree, remembering where the parser was if it fails: limit violations (nesting depth,
   * string length) carry no location of their own.
   */
  private static @Nullable JsonNode readTree(
      ObjectMapper mapper, JsonParser parser, JsonLocation[] last) throws IOException {
    try {
      return mapper.readTree(parser);
    } finally {
      last[0] = parser.currentLocation();
    }
  }

  private static Diagnostic located(String file, JsonProcessingException e, JsonLocation last) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : last;
    SourceRef at =
        loc == null
            ? SourceRef.of(file)
            : new SourceRef(file, Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String path =
          mapping
              .getPathReference()
              .replaceAll("vn\\.coforms\\.[\\w.$]+", "")
              .replace("[\"", ".")
              .replace("\"]", "");
      return Diagnostic.error(
          "certificate.envelope",
          at,
          "at '" + path.replaceFirst("^\\.", "") + "': " + firstLine(e.getOriginalMessage()),
          "the document has keys form, issuance {mode, linked {number, date, issuer}} and fields");
    }
    if (e instanceof StreamConstraintsException) {
      // Jackson names its own configuration method in the message; the reader needs the limit only
      return Diagnostic.error(
          "certificate.syntax",
          at,
          "the document is over a limit: "
              + firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`", ""),
          "certificate data nests at most "
              + MAX_DEPTH
              + " levels and holds strings of at most "
              + MAX_STRING
              + " characters: shorten or flatten the value there");
    }
    return Diagnostic.error(
        "certificate.syntax",
        at,
        "the document does not parse: " + firstLine(e.getOriginalMessage()),
        "check brackets, commas and quotes");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Read failed(Diagnostic d) {
    return new Read(Optional.empty(), List.of(d));
  }
}
