package vn.coforms.framework.model.layout;

import vn.coforms.framework.diag.SourceRef;

/** A column of the item table: its box number, width, printed header label and cell template. */
public record Column(String box, Mm width, String label, Template content, SourceRef at) {}
