package vn.coforms.framework.model.layout;

import static java.util.Objects.requireNonNull;

import vn.coforms.framework.diag.SourceRef;

/** A FreeMarker template over the certificate data, with where it was declared. */
public record Template(String source, SourceRef at) {
  public Template {
    requireNonNull(source, "source");
    requireNonNull(at, "at");
  }
}
