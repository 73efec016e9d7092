package vn.coforms.samples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.coforms.framework.certificate.Certificate;
import vn.coforms.framework.certificate.CertificateReader;

/**
 * One sample certificate: {@code samples/<form>/<name>.json}. Valid samples ({@code valid-*}) must
 * validate clean; invalid ones ({@code invalid-*}) carry their approved findings in {@code
 * <name>.expected.txt} beside them.
 */
public record Sample(String formId, String name, Path file) {
  public Sample {
    requireNonNull(formId, "formId");
    requireNonNull(name, "name");
    requireNonNull(file, "file");
  }

  public boolean valid() {
    return name.startsWith("valid-");
  }

  public String text() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + this, e);
    }
  }

  /**
   * Reads the sample as certificate data.
   *
   * @throws IllegalStateException if the sample file itself is malformed (a bug in the sample)
   */
  public Certificate certificate(CertificateReader reader) {
    CertificateReader.Read read = reader.read(file.getFileName().toString(), text());
    return read.certificate()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "sample " + this + " does not read: " + read.diagnostics()));
  }

  @Override
  public String toString() {
    return formId + "/" + name;
  }
}
