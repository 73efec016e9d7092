package vn.coforms.framework.model;

import vn.coforms.framework.diag.SourceRef;

/** A piece of printed text and where the form file declares it. */
public record Printed(String text, SourceRef at) {}
